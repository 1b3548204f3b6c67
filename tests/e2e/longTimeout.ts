// The browser test builds the pane and drives Chromium: each test may take minutes.
jest.setTimeout(300_000);
