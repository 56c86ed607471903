import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a NestJS and Prisma starter and a Spring Boot shop with a Vue front end and
// its mock server (docs/evaluation.md, nineteenth session, helper cred-unseen-15). Every value here is made up and built
// from pieces, so that none reads as a key in the source.

/** A person's weak password. */
const weak = joined('ladder', '17', 'Fern');

describe('credentials in the fifteenth batch of unseen histories', () => {
  it('read a field\'s type in a Prisma schema as a type, not a password', () => {
    assert.deepEqual(matchKinds('prisma/datamodel.prisma', 'type User {\n  id: ID! @unique\n  email: String! @unique\n  password: String!\n  name: String\n}'), []);
    assert.deepEqual(matchKinds('database/datamodel.prisma', 'type Account {\n  apiToken: String @unique\n  secretKey: [String!]!\n}'), []);
    // A quoted literal in the schema is still read: a data source's URL with its password.
    assert.deepEqual(matchKinds('prisma/schema.prisma', `datasource db {\n  provider = "postgresql"\n  url      = "postgresql://app:${weak}@db.internal:5432/app"\n}`), ['url-password@3']);
  });

  it('read a front end\'s mock server data in a `mock/` folder as test data', () => {
    assert.equal(contextOfPath('shop-vue/mock/db.json'), 'test');
    assert.equal(contextOfPath('web/mock-data/users.json'), 'test');
    assert.equal(contextOfPath('mockdata/session.json'), 'test');
    // A word that only begins with `mock` names no mock folder.
    assert.equal(contextOfPath('src/mockingbird/config.json'), 'code');
  });
});
