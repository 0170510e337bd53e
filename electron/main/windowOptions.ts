/**
 * The window's web preferences, in one place so that a test can hold them to the security
 * checklist: context isolation, the sandbox, no Node in the page, web security, no <webview>, no
 * insecure content. `navigateOnDragDrop` is on so that a file dropped on the window becomes a
 * navigation to its file:// URL, which main catches and turns into an open (navigation.ts): the
 * page never handles a path, and there is no IPC channel that takes one.
 */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  webviewTag: false,
  allowRunningInsecureContent: false,
  navigateOnDragDrop: true,
  spellcheck: true,
} as const;
