import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Spring Cloud admin system with JSP pages and Redis key constants, and a Django
// project's OAuth connector (docs/evaluation.md, eighteenth session, helper cred-unseen-13). Every value here is made up and
// built from pieces, so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Vb4', 'Kq8s', 'Wm2T', 'pZ6', 'rJ3d', 'Nf9', 'Lx7c');

describe('credentials in the thirteenth batch of unseen histories', () => {
  it('read a cache key built from words, with a slot the code fills or a separator awaiting an id, as a name', () => {
    assert.deepEqual(matchKinds('src/main/java/demo/BusinessConstant.java', '\tString DEMO_SECURITY_LOGIN_TOKEN = "demo:security:login:token:%s";'), []);
    assert.deepEqual(matchKinds('src/main/java/demo/WxStorage.java', '\tprivate final static String ACCESS_TOKEN_KEY = "chat:access_token_";'), []);
    assert.deepEqual(matchKinds('src/main/java/demo/Keys.java', '\tString REFRESH_TOKEN = "auth:refresh:{}";'), []);
    // A generated value is still a token, with a colon or a slot-like text beside it, and so is one after a name and a colon.
    assert.deepEqual(matchKinds('src/main/java/demo/Keys.java', `\tString API_TOKEN = "${generated}";`), ['token@1']);
    assert.deepEqual(matchKinds('src/main/java/demo/Keys.java', `\tString API_TOKEN = "demo:${generated}";`), ['token@1']);
    assert.deepEqual(matchKinds('src/main/java/demo/Keys.java', `\tString API_TOKEN = "demo:${generated}:%s";`), ['token@1']);
  });

  it('read an endpoint path of lower-case words under a token name as a route', () => {
    assert.deepEqual(matchKinds('app/connectors/provider.py', '        "access-token": "login/oauth/access_token"'), []);
    // Slashes in generated text do not make it a route; a password's weak words parted by slashes stay for the password rules.
    assert.deepEqual(matchKinds('app/connectors/provider.py', `        "access-token": "${generated.slice(0, 8)}/${generated.slice(8)}"`), ['token@1']);
  });

  it('read the key\'s own variable with a member after it, in a page\'s inline script, as code', () => {
    assert.deepEqual(matchKinds('web/WEB-INF/jsp/migrate/init.jsp', '\t\t\t\tredisSourcePass:redisSourcePass.value,\n\t\t\t\tredisTargetPass:redisTargetPass.value'), []);
    // Another name with a member is judged as before, and a literal written there is a password.
    assert.deepEqual(matchKinds('web/WEB-INF/jsp/migrate/init.jsp', `\t\t\t\tredisSourcePass:'${generated}',`), ['password@1']);
  });
});
