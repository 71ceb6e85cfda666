import { Hono } from 'hono';
import { ContactForm, storeContactForm } from '../lib/contact-form.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { contactPage } from '../pages/demo-contact.ts';
import { homePage } from '../pages/demo-home.ts';
import { privacyPage } from '../pages/demo-privacy.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function demoSiteRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', (c) => c.html(homePage()))
    .get('/privacy', (c) => c.html(privacyPage()))
    .get('/contact', (c) => c.html(contactPage({ sent: c.req.query('sent') === '1' })))
    .post('/contact', async (c) => {
      const raw = await c.req.parseBody();
      const values = {
        name: text(raw.name),
        email: text(raw.email),
        phone: text(raw.phone),
        message: text(raw.message),
      };
      const parsed = ContactForm.safeParse(values);
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
        return c.html(contactPage({ errors, values }), 422);
      }
      await storeContactForm(deps, parsed.data);
      // Post/redirect/get: a reload does not submit the form twice.
      return c.redirect('/contact?sent=1', 303);
    });
}
