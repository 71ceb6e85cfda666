import { DIALOG_KEY, type DialogModule } from './dialog-contract.ts';

const registered = (): DialogModule | undefined =>
  (globalThis as unknown as Record<symbol, DialogModule | undefined>)[DIALOG_KEY];

type TrustedTypes = {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
};

/** Under `require-trusted-types-for 'script'` a plain string src throws; a 'quietline' policy allows our one URL. */
function scriptUrl(src: string): string {
  try {
    const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
    const policy = tt?.createPolicy('quietline', { createScriptURL: (url) => (url === src ? url : '') });
    return (policy?.createScriptURL(src) as string | undefined) ?? src;
  } catch {
    // The page's CSP does not allow a 'quietline' policy: try the plain string.
    return src;
  }
}

/** Injects the dialog file on first use, carrying the loader's CSP nonce; a failed load can be retried. */
export function scriptDialogLoader(src: string, nonce: string | undefined): () => Promise<DialogModule> {
  let loading: Promise<DialogModule> | undefined;
  return () => {
    loading ??= new Promise<DialogModule>((resolve, reject) => {
      const ready = registered();
      if (ready) return resolve(ready);
      const script = document.createElement('script');
      script.src = scriptUrl(src);
      script.async = true;
      if (nonce) script.nonce = nonce;
      script.onload = () => {
        const module = registered();
        if (module) resolve(module);
        else reject(new Error(`${src} loaded but did not register the dialog`));
      };
      script.onerror = () => {
        loading = undefined;
        script.remove();
        reject(new Error(`could not load ${src}`));
      };
      document.head.append(script);
    });
    return loading;
  };
}
