const KEY = "baton.token";

/** The dev sign-in token lives for the browser tab only. Storage can be blocked in some frames. */
export const tokenStore = {
  get(): string | null {
    try {
      return window.sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      window.sessionStorage.setItem(KEY, token);
    } catch {
      // Keep working for this page view only.
    }
  },
  clear(): void {
    try {
      window.sessionStorage.removeItem(KEY);
    } catch {
      // Nothing stored.
    }
  },
};
