import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Rails app with Stimulus controllers and ERB views, a WordPress deployment
// kit, an Ansible VPN installer and a Go microservices demo (docs/evaluation.md, sixteenth session, helper cred-unseen-9).
// Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Vb4', 'Kq8s', 'Wm2T', 'pZ6', 'rJ3d', 'Nf9');

describe('credentials in the ninth batch of unseen histories', () => {
  it('read a validation rule list left open for code to join more rules to as code\'s words', () => {
    assert.deepEqual(matchKinds('app/Http/Requests/Auth/Register.php', "        $password = 'required|';"), []);
    assert.deepEqual(matchKinds('app/Http/Requests/Auth/Register.php', "        $password = 'required|min:8|';"), []);
    // A password that ends with a bar is still one.
    assert.deepEqual(matchKinds('config/database.php', `        'password' => '${generated}|',`), ['password@1']);
  });

  it('read a Stimulus target attribute named after a password field as a page\'s element, not a password', () => {
    const view = ['<div data-password-visibility-target="showIcon">', '  <span data-password-targets="hideIcon"></span>'].join('\n');
    assert.deepEqual(matchKinds('app/views/registrations/new.html.erb', view), []);
    // A password the page writes in is still found, and a target's own password before the word too.
    assert.deepEqual(matchKinds('app/views/registrations/new.html.erb', `<input type="hidden" data-password="${generated}">`), ['password@1']);
    assert.deepEqual(matchKinds('config/replica.env', `TARGET_DB_PASSWORD=${generated}`), ['password@1']);
  });

  it('read an instance variable inside an ERB call spread over lines as Ruby naming a value', () => {
    const view = ['<%= turbo_frame_tag "modal" do %>', '  <%= render "items/opener",', '           link_token: @link_token,', '           item_id: @item.id %>'].join('\n');
    assert.deepEqual(matchKinds('app/views/items/edit.html.erb', view), []);
    assert.deepEqual(matchKinds('app/views/items/edit.html.erb', '  <%= render "items/opener", link_token: @@link_token %>'), []);
    // A literal in the same place is still read, and an `@` that starts a password in a plain config file too.
    assert.deepEqual(matchKinds('app/views/items/edit.html.erb', `           link_token: "${generated}",`), ['token@1']);
    assert.deepEqual(matchKinds('config/app.conf', `link_token = @${generated}`), ['token@1']);
  });
});
