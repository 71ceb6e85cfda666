import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** A second host process the test can really stop and start again on the same database folder. */
export class OwnHost {
  private child: ChildProcess | undefined;

  constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'host/main.ts'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        DATA_DIR: this.dataDir,
        DEMO_AGENT_PASSWORD: 'demo-password-e2e',
        NODE_ENV: 'test',
      },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.origin}/v1/capabilities`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`host on ${this.origin} did not start`);
  }

  /** How many opt-outs this host has recorded, read from its audit trail as the demo agent. */
  async recordedOptOuts(): Promise<number> {
    const login = await fetch(`${this.origin}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin },
      body: JSON.stringify({ email: 'agent@example.com', password: 'demo-password-e2e' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const minted = await fetch(`${this.origin}/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: this.origin },
      body: JSON.stringify({ name: 'e2e', scopes: ['read'] }),
    });
    const { token } = (await minted.json()) as { token: string };
    const events = await fetch(`${this.origin}/v1/audit-events?action=opt_out.recorded&limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await events.json()) as { total: number }).total;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
