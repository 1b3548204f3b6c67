import { RowPacker, SharedCells, type CellValue, type WorkbookInput } from "../src/engine";
import { mulberry32 } from "./mulberry32";

/** What to generate: the number of schools, the reporting year and the seed. */
export interface DistrictOptions {
  readonly schools: number;
  /** The reporting year Y; results cover Y−2…Y and КПК is counted as of 31 March of Y. */
  readonly year?: number;
  readonly seed?: number;
}

/** A region: 1 000 schools, about 45 000 result rows and 25 000 teacher rows. */
export const REGION: DistrictOptions = { schools: 1_000 };

/** A country: 40 000 schools, about 1 800 000 result rows and 1 000 000 teacher rows. */
export const COUNTRY: DistrictOptions = { schools: 40_000 };

/** The day the benchmarks run the engine on: after the synthetic as-of date of 31.03.2022. */
export const TODAY = "2022-06-01";

const DAY_MS = 86_400_000;

const SCHOOL_HEADERS = [
  "Код ОО",
  "Наименование ОО",
  "Муниципалитет",
  "Тип местности",
  "Уровень",
  "Численность обучающихся",
  "Численность педагогических работников",
  "Прошли КПК",
  "Выпускники 9 классов",
  "Продолжили обучение в 10 классе",
  "Участники региональных и заключительных этапов олимпиад за 3 года",
  "Официальный статус",
];
const RESULT_HEADERS = [
  "ОО",
  "Год",
  "Процедура",
  "Предмет",
  "Класс",
  "Участников",
  "Средний балл",
  "Доля не преодолевших минимальный порог",
  "Понизили",
  "Подтвердили",
  "Повысили",
];
const TEACHER_HEADERS = [
  "ФИО",
  "ОО",
  "Должность",
  "Программа КПК",
  "Часы",
  "Дата окончания",
  "Организатор",
];
const PARAM_HEADERS = ["Параметр", "Значение", "Год", "Описание"];

// Municipality adjectives are prefix + stem + ending: 12 × 48 × 3 = 1 728 distinct names, so that
// a school's matching key (kind + number + proper name) is unique even in the country.
const PREFIXES = [
  "",
  ..."Ново Старо Верхне Нижне Красно Бело Мало Больше Средне Южно Северо".split(" "),
];
const STEMS = (
  "петр иван михайл сосн берез камен озер лес луг гор рыб вороб сокол кузнец мельник ольх " +
  "дуб лип ясен осин рябин калин малин черемш ключ родник песчан глин болот полян степ холм " +
  "ярослав владимир дмитр никол павл алексан григор семен тимоф федор андре серге васил " +
  "богдан кирил мирон"
).split(" ");
const ENDINGS = ["овский", "инский", "енский"];
const MUNICIPALITY_KINDS = [
  { full: "муниципальный район", short: "МР", share: 0.6, villages: 0.45 },
  { full: "городской округ", short: "ГО", share: 0.25, villages: 0.1 },
  { full: "муниципальный округ", short: "МО", share: 0.15, villages: 0.35 },
];
const VILLAGES = (
  "Сосновская Покровская Никольская Знаменская Троицкая Михайловская Вознесенская Успенская " +
  "Ильинская Богородская Каменская Озерская Лесная Луговская Садовая Заречная Нагорная " +
  "Подгорная Степная Широковская Хребтовская Таежнинская Птичанская Ключевская Родниковская " +
  "Березовская Дубровская Липовская Ольховская Рябиновская Калиновская Малиновская " +
  "Черемушкинская Полянская Холмогорская Яблоневская Вишневская Грушевская Сиреневская " +
  "Тополевская Кедровская Еловская Пихтовская Ивовская Осиновская Рощинская Боровская " +
  "Моховская"
).split(" ");

const MALE_SURNAMES = (
  "Иванов Петров Сидоров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров " +
  "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов " +
  "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов " +
  "Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин " +
  "Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов " +
  "Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов"
).split(" ");
const FEMALE_NAMES = (
  "Анна Елена Ольга Наталья Ирина Татьяна Светлана Марина Екатерина Юлия Людмила Галина " +
  "Надежда Валентина Оксана Любовь Мария Вера Лариса Алла"
).split(" ");
const MALE_NAMES = (
  "Александр Сергей Андрей Дмитрий Алексей Игорь Владимир Николай Евгений Михаил Павел " +
  "Виктор Юрий Олег Иван"
).split(" ");
const PATRONYMICS: readonly [string, string][] = [
  ["Александрович", "Александровна"],
  ["Сергеевич", "Сергеевна"],
  ["Андреевич", "Андреевна"],
  ["Владимирович", "Владимировна"],
  ["Николаевич", "Николаевна"],
  ["Викторович", "Викторовна"],
  ["Михайлович", "Михайловна"],
  ["Петрович", "Петровна"],
  ["Иванович", "Ивановна"],
  ["Юрьевич", "Юрьевна"],
  ["Анатольевич", "Анатольевна"],
  ["Васильевич", "Васильевна"],
  ["Геннадьевич", "Геннадьевна"],
  ["Борисович", "Борисовна"],
  ["Леонидович", "Леонидовна"],
];
const TEACHER_POSITIONS = [
  "учитель начальных классов",
  "учитель начальных классов",
  "учитель начальных классов",
  "учитель русского языка и литературы",
  "учитель русского языка и литературы",
  "учитель математики",
  "учитель математики",
  "учитель истории и обществознания",
  "учитель биологии",
  "учитель химии",
  "учитель физики",
  "учитель географии",
  "учитель английского языка",
  "учитель информатики",
  "учитель физической культуры",
  "учитель технологии",
  "учитель музыки",
  "учитель ИЗО",
  "педагог-психолог",
  "социальный педагог",
  "педагог дополнительного образования",
  "руководитель ШМО учителей начальных классов",
];
const COURSES = [
  "Формирование функциональной грамотности обучающихся",
  "Цифровая образовательная среда: новые инструменты",
  "Организация образовательного процесса для обучающихся с ОВЗ",
  "Обеспечение объективности оценочных процедур",
  "Антирисковые программы: проектирование и реализация",
  "Управление качеством образования в школе с низкими образовательными результатами",
  "Реализация требований обновлённых ФГОС ООО",
  "Подготовка обучающихся к ОГЭ по математике",
  "Подготовка обучающихся к ЕГЭ по русскому языку",
  "Школа Минпросвещения России: новые возможности",
];
const PROVIDERS = [
  "ФГАОУ ДПО «Академия Минпросвещения России»",
  "ФГАОУ ДПО «Академия Минпросвещения России»",
  "ГБУ ДПО «ЦНППМ»",
  "ГБУ ДПО «ЦНППМ»",
  "ФГБУ «ФИОКО»",
  "ФГБНУ «ИСРО РАО»",
  "ГАУ ДПО «Институт развития образования»",
  "ООО «Инфоурок»",
  "АНО ДПО «Школа современного учителя»",
];
const COURSE_HOURS = [16, 18, 24, 36, 36, 72, 72, 108, 144, 8];

type Kind = "СОШ" | "ООШ" | "Гимназия" | "Лицей";

interface Municipality {
  readonly full: string;
  readonly suffix: string;
  readonly villages: number;
  /** School years written as text («2021-2022») rather than numbers. */
  readonly textYears: boolean;
  /** Subjects written as «Рус. яз.», «Математика профильная» rather than the canonical names. */
  readonly shortSubjects: boolean;
}

interface School {
  readonly index: number;
  readonly municipality: Municipality;
  readonly kind: Kind;
  readonly village: boolean;
  readonly name: string;
  /** The name as Результаты writes it (SPEC 3.3: the same school written differently). */
  readonly resultName: string;
  readonly teacherName: string;
  readonly students: number;
  readonly grads9: number;
  /** Latent quality (about standard normal) and its yearly drift. */
  readonly quality: number;
  readonly drift: number;
  /** A school whose ВПР marks look inflated, so that objectivity flags appear. */
  readonly inflates: boolean;
}

/** Random helpers over one seeded sequence. */
class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** About standard normal: the sum of three uniforms, rescaled. */
  normal(): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2;
  }

  /** A value spread uniformly by ± `spread` around `centre`. */
  around(centre: number, spread: number): number {
    return centre + (this.next() * 2 - 1) * spread;
  }
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round2 = (value: number) => Math.round(value * 100) / 100;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function municipalityName(index: number): string {
  const ending = ENDINGS[index % ENDINGS.length];
  const stem = STEMS[Math.floor(index / ENDINGS.length) % STEMS.length];
  const prefix = PREFIXES[Math.floor(index / (ENDINGS.length * STEMS.length)) % PREFIXES.length];
  return prefix === "" ? capitalize(stem + ending) : prefix + stem + ending;
}

function makeMunicipality(index: number, random: Random): Municipality {
  const adjective = municipalityName(index);
  let roll = random.next();
  const kind = MUNICIPALITY_KINDS.find((k) => (roll -= k.share) < 0) ?? MUNICIPALITY_KINDS[0];
  return {
    full: `${adjective} ${kind.full}`,
    suffix: `${adjective} ${kind.short}`,
    villages: kind.villages,
    textYears: random.chance(0.2),
    shortSubjects: random.chance(0.2),
  };
}

// Latin letters that look like the Cyrillic ones of a legal form: «MБOУ» must still match.
const LOOKALIKE_LATIN: Readonly<Record<string, string>> = {
  М: "M",
  О: "O",
  С: "C",
  А: "A",
  К: "K",
};

/** The ОО name and the differently written names of Результаты and Педагоги. */
function schoolNames(legal: string, inner: string, suffix: string, random: Random) {
  const name = `${legal} «${inner}» ${suffix}`;
  const bare = `${legal} ${inner} ${suffix}`;
  const roll = random.next();
  let resultName = name;
  if (roll < 0.3) resultName = bare;
  else if (roll < 0.4) resultName = `${legal} "${inner.replace("№", "№ ")}" ${suffix}`;
  else if (roll < 0.5)
    resultName = `${inner} ${suffix}`; // no legal form: matched by its key
  else if (roll < 0.55)
    resultName = `${legal.replace(/[МОСАК]/g, (c) => LOOKALIKE_LATIN[c])} «${inner}» ${suffix}`;
  return { name, resultName, teacherName: random.chance(0.1) ? bare : name };
}

function makeSchools(count: number, random: Random): School[] {
  const schools: School[] = [];
  for (let m = 0; schools.length < count; m++) {
    const municipality = makeMunicipality(m, random);
    const size = Math.min(count - schools.length, random.int(12, 38));
    let number = 0;
    let village = random.int(0, VILLAGES.length - 1);
    for (let j = 0; j < size; j++) {
      const isVillage = random.chance(municipality.villages);
      let kind: Kind;
      let inner: string;
      let legal: string;
      if (isVillage) {
        kind = random.chance(0.55) ? "СОШ" : "ООШ";
        inner = `${VILLAGES[village++ % VILLAGES.length]} ${kind}`;
        legal = random.chance(0.7) ? "МКОУ" : "МБОУ";
      } else {
        const roll = random.next();
        kind = roll < 0.7 ? "СОШ" : roll < 0.82 ? "Гимназия" : roll < 0.9 ? "Лицей" : "ООШ";
        inner = `${kind} №${++number}`;
        legal = random.pick(["МБОУ", "МБОУ", "МБОУ", "МАОУ", "МКОУ"]);
      }
      const students =
        kind === "ООШ"
          ? random.int(40, 220)
          : isVillage
            ? random.int(90, 420)
            : random.int(350, 1200);
      schools.push({
        index: schools.length,
        municipality,
        kind,
        village: isVillage,
        ...schoolNames(legal, inner, municipality.suffix, random),
        students,
        grads9: Math.max(3, Math.round((students / 10.5) * random.around(1, 0.15))),
        quality: random.normal() + (kind === "Гимназия" || kind === "Лицей" ? 0.8 : 0),
        drift: random.around(0, 0.09),
        inflates: random.chance(0.03),
      });
    }
  }
  return schools;
}

/** A share of a count, as a %-formatted cell holds it: an exact fraction. */
function share(count: number, of: number, cells: SharedCells): CellValue {
  return of > 0 ? cells.percent(count / of) : null;
}

/** A mean score as the cell holds it; rarely as text or missing, as in real files. */
function meanCell(mean: number, random: Random): CellValue {
  const roll = random.next();
  if (roll < 0.003) return String(mean).replace(".", ","); // typed in by hand
  if (roll < 0.004) return "н/д";
  return mean;
}

const SUBJECTS = {
  canonical: {
    rus: "Русский язык",
    math: "Математика",
    profile: "Математика (профиль)",
    base: "Математика (база)",
  },
  short: {
    rus: "Рус. яз.",
    math: "Математика",
    profile: "Математика профильная",
    base: "Математика базовая",
  },
};

function examRow(
  school: School,
  year: CellValue,
  procedure: string,
  subject: string,
  participants: number,
  mean: number,
  failRate: number,
  random: Random,
  cells: SharedCells,
): CellValue[] {
  const failed = Math.round(clamp(failRate, 0, 0.6) * participants);
  const fail = random.chance(0.0005) ? { error: "#DIV/0!" } : share(failed, participants, cells);
  return [
    school.resultName,
    year,
    procedure,
    subject,
    null,
    participants,
    meanCell(mean, random),
    fail,
  ];
}

function vprRow(
  school: School,
  year: CellValue,
  subject: string,
  grade: number,
  step: number,
  random: Random,
  cells: SharedCells,
): CellValue[] {
  const participants = Math.max(3, Math.round((school.students / 11) * random.around(1, 0.1)));
  const mean = round2(
    clamp(3.7 + 0.25 * school.quality + school.drift * step + random.around(0, 0.1), 2.5, 4.9),
  );
  const raisedRate = school.inflates
    ? random.around(0.2, 0.06)
    : clamp(random.around(0.04, 0.035), 0, 1);
  const confirmedRate =
    school.inflates && random.chance(0.5) ? random.around(0.97, 0.02) : random.around(0.72, 0.1);
  const raised = Math.round(clamp(raisedRate, 0, 1) * participants);
  const confirmed = Math.min(
    participants - raised,
    Math.round(clamp(confirmedRate, 0, 1) * participants),
  );
  const lowered = participants - raised - confirmed;
  return [
    school.resultName,
    year,
    "ВПР",
    subject,
    grade,
    participants,
    meanCell(mean, random),
    null,
    share(lowered, participants, cells),
    share(confirmed, participants, cells),
    share(raised, participants, cells),
  ];
}

/** Результаты of one school for Y−2…Y: ОГЭ, ЕГЭ (with grade 10), ВПР 5–8 and ГВЭ (ignored). */
function pushResults(
  rows: RowPacker,
  school: School,
  lastYear: number,
  random: Random,
  cells: SharedCells,
): void {
  const names = school.municipality.shortSubjects ? SUBJECTS.short : SUBJECTS.canonical;
  const q = school.quality;
  if (random.chance(0.002)) {
    // A school the ОО sheet does not have: an error naming the cell, the row left out.
    rows.push([
      `МОУ СОШ №${9000 + school.index} ${school.municipality.suffix}`,
      lastYear,
      "ОГЭ",
      names.rus,
      null,
      20,
      3.9,
      share(1, 20, cells),
    ]);
  }
  for (let step = 0; step < 3; step++) {
    const y = lastYear - 2 + step;
    const year: CellValue = school.municipality.textYears ? `${y - 1}-${y}` : y;
    const sat9 = Math.max(1, school.grads9 + random.int(-3, 2));
    const d = school.drift * step;
    rows.push(
      examRow(
        school,
        year,
        "ОГЭ",
        names.rus,
        sat9,
        round2(clamp(3.75 + 0.25 * q + d + random.around(0, 0.12), 2.6, 4.9)),
        0.04 - 0.03 * q - d / 10 + random.around(0, 0.02),
        random,
        cells,
      ),
    );
    rows.push(
      examRow(
        school,
        year,
        "ОГЭ",
        names.math,
        sat9,
        round2(clamp(3.55 + 0.3 * q + d + random.around(0, 0.12), 2.5, 4.9)),
        0.07 - 0.04 * q - d / 8 + random.around(0, 0.03),
        random,
        cells,
      ),
    );
    if (school.kind !== "ООШ") {
      const sat11 = Math.max(2, Math.round(school.grads9 * random.around(0.55, 0.1)));
      const profile = Math.max(1, Math.round(sat11 * random.around(0.45, 0.1)));
      rows.push(
        examRow(
          school,
          year,
          "ЕГЭ",
          names.rus,
          sat11,
          round2(clamp(68 + 6 * q + 10 * d + random.around(0, 3), 40, 95)),
          0.01 - 0.01 * q + random.around(0, 0.01),
          random,
          cells,
        ),
      );
      rows.push(
        examRow(
          school,
          year,
          "ЕГЭ",
          names.profile,
          profile,
          round2(clamp(56 + 8 * q + 10 * d + random.around(0, 4), 27, 95)),
          0.06 - 0.04 * q + random.around(0, 0.03),
          random,
          cells,
        ),
      );
      rows.push(
        examRow(
          school,
          year,
          "ЕГЭ",
          names.base,
          sat11 - profile,
          round2(clamp(4.1 + 0.3 * q + d + random.around(0, 0.1), 3, 5)),
          0.02 - 0.02 * q + random.around(0, 0.01),
          random,
          cells,
        ),
      );
    }
    for (const subject of [names.rus, names.math]) {
      for (let grade = 5; grade <= 8; grade++)
        rows.push(vprRow(school, year, subject, grade, step, random, cells));
    }
    for (const subject of [names.rus, names.math]) {
      rows.push(
        examRow(
          school,
          year,
          "ГВЭ",
          subject,
          random.int(1, 3),
          round2(random.around(3.6, 0.4)),
          0,
          random,
          cells,
        ),
      );
    }
  }
}

/** A full name of a teacher of this school, different from the names already taken there. */
function personName(taken: Set<string>, random: Random): string {
  for (;;) {
    const female = random.chance(0.82);
    const surname = random.pick(MALE_SURNAMES) + (female ? "а" : "");
    const first = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const patronymic = random.pick(PATRONYMICS)[female ? 1 : 0];
    const fio = `${surname} ${first} ${patronymic}`;
    if (!taken.has(fio)) {
      taken.add(fio);
      return fio;
    }
  }
}

/**
 * Педагоги of one school: one row per teacher × course, one row with empty course cells for a
 * teacher without courses.
 *
 * @returns The headcount and how many completed КПК (hours ≥ 16, end in (asOf − 3 years, asOf]).
 */
function pushTeachers(
  rows: RowPacker,
  school: School,
  asOf: number,
  windowStart: number,
  random: Random,
  cells: SharedCells,
) {
  const staff = clamp(Math.round(school.students / 40) + random.int(3, 6), 5, 45);
  const first = Date.UTC(2017, 0, 1) / DAY_MS;
  const taken = new Set<string>();
  let completed = 0;
  for (let p = 0; p < staff; p++) {
    const fio = personName(taken, random);
    const position =
      p === 0
        ? "директор"
        : p === 1
          ? "заместитель директора по УВР"
          : p === 2 && staff > 15
            ? "заместитель директора по ВР"
            : random.pick(TEACHER_POSITIONS);
    const roll = random.next();
    const courses = roll < 0.26 ? 0 : roll < 0.66 ? 1 : roll < 0.92 ? 2 : 3;
    if (courses === 0) rows.push([fio, school.teacherName, position]);
    let counts = false;
    for (let c = 0; c < courses; c++) {
      const hours = random.pick(COURSE_HOURS);
      // Now and then a course whose end date lies after the as-of date (a warning).
      const day = random.chance(0.002) ? asOf + random.int(1, 90) : random.int(first, asOf);
      rows.push([
        fio,
        school.teacherName,
        position,
        random.pick(COURSES),
        hours,
        cells.date(new Date(day * DAY_MS)),
        random.pick(PROVIDERS),
      ]);
      if (hours >= 16 && day > windowStart && day <= asOf) counts = true;
    }
    if (counts) completed++;
  }
  return { staff, completed };
}

function parameterRows(lastYear: number, asOf: number): CellValue[][] {
  const rows: CellValue[][] = [
    PARAM_HEADERS,
    ["asOf", new Date(asOf * DAY_MS), null, "Дата, на которую считается КПК"],
  ];
  const references: [string, (step: number) => CellValue, string][] = [
    [
      "ref.ОГЭ.русский язык.failShare",
      (s) => ({ percent: 0.036 + 0.004 * s }),
      "Региональная доля не преодолевших минимальный порог, ОГЭ, русский язык",
    ],
    [
      "ref.ОГЭ.математика.failShare",
      (s) => ({ percent: 0.071 + 0.006 * s }),
      "Региональная доля не преодолевших минимальный порог, ОГЭ, математика",
    ],
    [
      "ref.ЕГЭ.русский язык.mean",
      (s) => 68.4 - 0.3 * s,
      "Региональный средний балл ЕГЭ, русский язык",
    ],
  ];
  for (const [key, value, description] of references) {
    for (let step = 0; step < 3; step++)
      rows.push([key, value(step), lastYear - 2 + step, description]);
  }
  return rows;
}

/**
 * A synthetic district with the layout of examples/demo-district.xlsx (sheets ОО, Результаты,
 * Педагоги, Параметры), the same for the same options on every run.
 *
 * @param options The number of schools (≥ 1), the reporting year (default 2022), the seed.
 * @returns The workbook as the CLI's reader gives it: %-cells as `{percent}`, dates as UTC `Date`,
 *   equal ones as one object (SharedCells).
 */
export function generateDistrict(options: DistrictOptions): WorkbookInput {
  const lastYear = options.year ?? 2022;
  const random = new Random(options.seed ?? 20_220_331);
  const asOf = Date.UTC(lastYear, 2, 31) / DAY_MS;
  const windowStart = Date.UTC(lastYear - 3, 2, 31) / DAY_MS;
  const schools = makeSchools(options.schools, random);
  const cells = new SharedCells();

  const schoolRows: CellValue[][] = [SCHOOL_HEADERS];
  const resultRows = new RowPacker();
  resultRows.push(RESULT_HEADERS);
  const teacherRows = new RowPacker();
  teacherRows.push(TEACHER_HEADERS);
  for (const school of schools) {
    pushResults(resultRows, school, lastYear, random, cells);
    const { staff, completed } = pushTeachers(
      teacherRows,
      school,
      asOf,
      windowStart,
      random,
      cells,
    );
    const hasGrade10 = school.kind !== "ООШ";
    const cont10 = hasGrade10
      ? Math.round(school.grads9 * clamp(random.around(0.65 + 0.08 * school.quality, 0.15), 0.2, 1))
      : null;
    // A few schools whose ОО counts disagree with Педагоги, as they do in real submissions.
    const teachers = random.chance(0.02) ? staff + random.int(1, 3) : staff;
    const kpkCompleted = random.chance(0.02) ? Math.max(0, completed - 1) : completed;
    const official = random.chance(0.04) ? random.pick(["500+ 2022", "ШНОР"]) : null;
    schoolRows.push([
      String(2_600_000 + school.index),
      school.name,
      school.municipality.full,
      school.village ? "село" : "город",
      hasGrade10 ? "СОШ" : "ООШ",
      school.students,
      teachers,
      kpkCompleted,
      school.grads9,
      cont10,
      Math.max(
        0,
        Math.round(
          school.students * clamp(random.around(0.006 + 0.004 * school.quality, 0.006), 0, 0.05),
        ),
      ),
      official,
    ]);
  }
  return {
    sheets: [
      { name: "ОО", rows: schoolRows },
      { name: "Результаты", rows: resultRows.pack() },
      { name: "Педагоги", rows: teacherRows.pack() },
      { name: "Параметры", rows: parameterRows(lastYear, asOf) },
    ],
  };
}
