import { ConfigurationBotFrameworkAuthentication, type Activity } from "botbuilder";
import { LRUCache } from "lru-cache";

type Auth = ConfigurationBotFrameworkAuthentication;
type ConnectorFactory = ReturnType<Auth["createConnectorFactory"]>;
type ClaimsIdentity = Parameters<Auth["createConnectorFactory"]>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory["create"]>>;
type UserTokenClient = Awaited<ReturnType<Auth["createUserTokenClient"]>>;
type AuthenticateRequestResult = Awaited<ReturnType<Auth["authenticateRequest"]>>;

/** The claims that decide which credentials a client gets: audience, app id (v1 and v2 tokens). */
const CREDENTIAL_CLAIMS = ["aud", "appid", "azp"];

function credentialKey(identity: ClaimsIdentity | undefined): string {
  const claims = identity?.claims ?? [];
  return CREDENTIAL_CLAIMS.map((type) => claims.find((c) => c.type === type)?.value ?? "").join("\u0000");
}

/**
 * Bot Framework authentication that reuses its outbound clients. `CloudAdapter` builds a new
 * `ConnectorClient` (an HTTP pipeline of a dozen policies) and a `UserTokenClient` for every turn, even
 * an invoke answered only in its HTTP response: a messaging-extension search spent about 0.3 ms of CPU
 * and most of its garbage on them. Both clients are stateless between requests (their credentials
 * cache and renew the token), so one per service URL, audience and credential claims serves every
 * turn. Inbound authentication is unchanged: every request is still validated by the base class.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: 200 });
  private readonly tokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: 50 });

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.remember(this.tokenClients, credentialKey(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  private reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const key = credentialKey(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.remember(this.connectors, `${key}\u0000${serviceUrl}\u0000${audience ?? ""}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }

  /** The cached promise, or a new one (forgotten if it fails, so the next turn tries again). */
  private remember<T extends object>(
    cache: LRUCache<string, Promise<T>>,
    key: string,
    make: () => Promise<T>,
  ): Promise<T> {
    const hit = cache.get(key);
    if (hit) return hit;
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
    return made;
  }
}
