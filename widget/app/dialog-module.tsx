import { render } from 'preact';
import type { DialogModule } from '../lib/dialog-contract.ts';
import { reportError } from '../lib/report.ts';
import { styledShadow } from '../lib/shadow.ts';
import { dialogCss } from '../styles/dialog-css.ts';
import { App } from './app.tsx';

/** Mounts the dialog in its own open shadow root at the end of <body>; removes everything on close. */
export const dialogModule: DialogModule = {
  open(context) {
    const host = document.createElement('quietline-dialog');
    document.body.append(host);
    const root = styledShadow(host, dialogCss, context.nonce);
    const container = document.createElement('div');
    root.append(container);
    const done = () => {
      try {
        render(null, container);
        host.remove();
      } catch (error) {
        reportError('closing the dialog failed', error);
      }
      context.onClose();
    };
    render(<App context={context} onDone={done} />, container);
  },
};
