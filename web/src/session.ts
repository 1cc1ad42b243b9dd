const tokenKey = "ec.token";

/**
 * The bearer token of this browser session. An invitation link carries it in the URL fragment
 * (#token=...), which browsers never send to a server, so no server or proxy logs it; it is kept in
 * sessionStorage (gone when the browser session ends) and removed from the address bar, so it is
 * neither bookmarked nor shown over a shoulder.
 */
export function takeToken(): string | null {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromLink = fragment.get("token");
  if (fromLink) {
    sessionStorage.setItem(tokenKey, fromLink);
    history.replaceState(null, "", `${location.pathname}${location.search}#/`);
  }
  return sessionStorage.getItem(tokenKey);
}

export function forgetToken(): void {
  sessionStorage.removeItem(tokenKey);
}
