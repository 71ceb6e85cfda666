import type { TokenScope } from '../../shared/api/auth.ts';
import type { Db } from '../db/open.ts';
import type { HostConfig } from './config.ts';
import type { Logger } from './logger.ts';

/** What every route needs, passed in explicitly so tests can build an app on any database. */
export interface Deps {
  db: Db;
  config: Pick<HostConfig, 'bodyLimitBytes' | 'widgetDir'> & { hashKey?: string | undefined };
  log: Logger;
  /** Injected clock: deadlines and expiry are testable without waiting. */
  now: () => Date;
}

export interface AgentPrincipal {
  agentId: string;
  email: string;
  name: string;
  /** Null when the caller authenticated with a session cookie rather than an API token. */
  tokenId: string | null;
  scopes: TokenScope[];
}

export interface AppEnv {
  Variables: { principal: AgentPrincipal };
}
