/** A pure function remembering its answer for every argument it has seen. */
export function memo<A, R>(compute: (arg: A) => R): (arg: A) => R {
  const answers = new Map<A, R>();
  return (arg) => {
    let answer = answers.get(arg);
    if (answer === undefined) {
      answer = compute(arg);
      answers.set(arg, answer);
    }
    return answer;
  };
}
