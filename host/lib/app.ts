import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { assetRoutes } from '../routes/assets.ts';
import { auditEventRoutes } from '../routes/audit-events.ts';
import { authRoutes } from '../routes/auth.ts';
import { callLogRoutes } from '../routes/call-log.ts';
import { capabilityRoutes } from '../routes/capabilities.ts';
import { consentReceiptRoutes } from '../routes/consent-receipts.ts';
import { demoSiteRoutes } from '../routes/demo-site.ts';
import { exportRoutes } from '../routes/exports.ts';
import { mountOpenApi } from '../routes/openapi.ts';
import { optOutRoutes } from '../routes/opt-outs.ts';
import { privacyRequestRoutes } from '../routes/privacy-requests.ts';
import { recordRoutes } from '../routes/records.ts';
import { redactionRoutes } from '../routes/redactions.ts';
import { siteRoutes } from '../routes/sites.ts';
import { wellKnownRoutes } from '../routes/well-known.ts';
import { widgetCors } from './cors.ts';
import type { AppEnv, Deps } from './deps.ts';
import { HttpError } from './http-error.ts';
import { loginThrottle } from './login-throttle.ts';
import { notFoundHandler } from './not-found.ts';
import { onError } from './on-error.ts';
import { requestLog } from './request-log.ts';
import { secGpcOnDemoPages } from './sec-gpc.ts';
import { siteConfigCors } from './site-cors.ts';

/** The whole host as one Hono app; `main.ts` serves it, tests call `app.request` on it. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const throttle = loginThrottle({ limit: 10, windowMs: 15 * 60 * 1000 });
  app.use(requestLog(deps.log));
  app.use(
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: () => {
        throw new HttpError(
          413,
          'payload_too_large',
          `Request bodies are limited to ${deps.config.bodyLimitBytes} bytes.`,
        );
      },
    }),
  );
  app.use('/app/*', secureHeaders({ referrerPolicy: 'same-origin' }));
  // Form posts to the call log and the demo contact form must come from this origin.
  app.use('/app/*', csrf());
  app.use('/contact', csrf());
  app.use('/v1/sites/*', siteConfigCors(deps));
  for (const path of ['/v1/sites/*', '/v1/opt-outs', '/v1/consent-receipts', '/v1/privacy-requests']) {
    app.use(path, widgetCors(deps));
  }
  app.use(secGpcOnDemoPages(deps));
  app.route('/', capabilityRoutes());
  app.route('/', siteRoutes(deps));
  app.route('/', optOutRoutes(deps));
  app.route('/', consentReceiptRoutes(deps));
  app.route('/', privacyRequestRoutes(deps));
  app.route('/', authRoutes(deps, throttle));
  app.route('/', recordRoutes(deps));
  app.route('/', redactionRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', auditEventRoutes(deps));
  app.route('/', demoSiteRoutes(deps));
  app.route('/', callLogRoutes(deps, throttle));
  app.route('/', assetRoutes(deps));
  app.route('/', wellKnownRoutes());
  mountOpenApi(app);
  app.notFound(notFoundHandler(app));
  app.onError(onError(deps.log));
  return app;
}
