/** What the pane needs to know once Office is ready. */
export interface OfficeReady {
  /** The Office theme has a dark body background. */
  readonly dark: boolean;
}

/**
 * Waits for Office.js to initialise inside Excel.
 *
 * @param timeoutMs How long to wait, in milliseconds, before deciding the page runs outside Office.
 * @returns The ready state, or `null` when office.js is missing, reports no host, or is too slow.
 */
export async function waitForOffice(timeoutMs = 3000): Promise<OfficeReady | null> {
  if (typeof Office === "undefined") return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  // In a plain browser office.js still resolves onReady, but with no host.
  const ready = Office.onReady().then((info) => (info.host ? { dark: officeThemeIsDark() } : null));
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the theme from the body background; some platforms expose no theme at all. */
function officeThemeIsDark(): boolean {
  const color = Office.context?.officeTheme?.bodyBackgroundColor;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
