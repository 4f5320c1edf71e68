// Registers the site's service worker (production builds only, same origin, scope = the base path), once the page is idle after load.

/** Starts the service worker's registration; a failure leaves the site working online as before. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) return;
  // Next to index.html: the default scope is then the base path (the app also runs under a sub-path).
  const url = new URL(`${import.meta.env.BASE_URL}sw.js`, document.baseURI);
  if (url.origin !== window.location.origin) return;
  const register = (): void => {
    navigator.serviceWorker.register(url, { type: 'classic' }).catch(() => undefined);
  };
  const idle = (): void => void (window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
