const WIDTH = 24;

/**
 * A one-line progress bar on a terminal (stderr), silent when stderr is not a terminal, so
 * logs and pipes stay clean.
 */
export class Progress {
  private readonly enabled: boolean;

  constructor(
    quiet: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = !quiet && Boolean(stream.isTTY);
  }

  /** Shows a stage with its share of the whole job, from 0 to 1. */
  stage(share: number, label: string): void {
    if (!this.enabled) return;
    const filled = Math.round(Math.min(1, Math.max(0, share)) * WIDTH);
    const percent = String(Math.round(share * 100)).padStart(3);
    this.stream.write(
      `\r[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${percent} % ${label.padEnd(28)}`,
    );
  }

  done(): void {
    if (this.enabled) this.stream.write(`\r${" ".repeat(WIDTH + 40)}\r`);
  }
}
