// A real OpenID provider (npm's oidc-provider) for the console's sign-in test, run as its own process because it is
// an ES module. Any user name signs in at its development login form; the groups come from ACCOUNTS.
// usage: node oidc-provider.mjs <port> <redirect uri>
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const ACCOUNTS = {
  'zhang.wei': ['hotline:operator', 'hotline:reviewer', 'city-staff'],
  'li.na': ['hotline:unit:xt-cgj'],
  visitor: ['city-staff'],
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'hotline-console',
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], groups: ['groups'] },
  scopes: ['openid', 'groups'],
  // the groups travel in the identity token itself, which the gateway verifies
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, groups: ACCOUNTS[id] ?? [] }) }),
});
provider.listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
