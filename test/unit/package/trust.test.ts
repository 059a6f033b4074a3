// Settings that route or share a token are user-level only; Restricted Mode drops them; the
// verifier sends tokens over http only to this machine; debug sharing only to launches.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { debugConfigUsesEnv } from '../../../src/core/debugTypes';
import { isInsecureEndpoint, isProviderApiUrl, verifyToken } from '../../../src/core/verify';

const root = join(__dirname, '../../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ROUTING = ['aiAccessDoctor.verify.baseUrls', 'aiAccessDoctor.tokens.shareWithTerminals', 'aiAccessDoctor.tokens.shareWithDebugSessions'];

describe('trust: settings and destinations', () => {
  it('no token-routing setting has a workspace scope', () => {
    const props = manifest.contributes.configuration.properties;
    for (const key of ROUTING) assert.ok(['application', 'machine'].includes(props[key]?.scope), `${key}: ${props[key]?.scope}`);
    // control: an ordinary setting keeps the default (window) scope
    assert.equal(props['aiAccessDoctor.watch.terminal'].scope, undefined);
  });

  it('Restricted Mode ignores workspace values of the routing and run settings', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of [...ROUTING, 'aiAccessDoctor.run.python', 'aiAccessDoctor.run.javascript', 'aiAccessDoctor.run.typescript'])
      assert.ok(restricted.includes(key), key);
  });

  it("the provider's own host needs no question; a gateway or plain http does", () => {
    assert.ok(isProviderApiUrl('openai', 'https://api.openai.com/v1'));
    assert.ok(isProviderApiUrl('azure-openai', 'https://my-resource.openai.azure.com'));
    assert.ok(!isProviderApiUrl('openai', 'https://gateway.example.com/v1'));
    assert.ok(!isProviderApiUrl('openai', 'http://api.openai.com/v1'), 'http is never the provider itself');
    assert.ok(!isProviderApiUrl('openai', 'https://api.openai.com.attacker.example/v1'));
    assert.ok(!isProviderApiUrl('azure-openai', 'https://openai.azure.com.attacker.example'));
    assert.ok(isProviderApiUrl('azure-openai', 'https://my-project.services.ai.azure.com/models'), "Azure AI Foundry's host, from the pack");
    assert.ok(!isProviderApiUrl('azure-openai', 'https://api.openai.com/v1'), "OpenAI's host is not Azure's");
    assert.ok(!isProviderApiUrl('openai', 'not a url'));
  });

  it('a token goes over http only to loopback', async () => {
    assert.ok(isInsecureEndpoint('http://gateway.example.com/v1'));
    for (const local of ['http://127.0.0.1:8080/v1', 'http://localhost:1/v1', 'http://[::1]:1/v1', 'https://gateway.example.com'])
      assert.ok(!isInsecureEndpoint(local), local);
    const refused = await verifyToken({ provider: 'openai', token: 'sk-test-valid', baseUrl: 'http://gateway.example.invalid/v1', timeoutMs: 2000 });
    assert.equal(refused.outcome, 'provider-error');
    assert.match(refused.message, /uses http:/);
  });

  it('debug sessions get tokens only when they launch a program that reads env', () => {
    assert.ok(debugConfigUsesEnv({ type: 'python', request: 'launch' }));
    assert.ok(debugConfigUsesEnv({ type: 'pwa-node', request: 'launch' }));
    assert.ok(!debugConfigUsesEnv({ type: 'python', request: 'attach' }));
    assert.ok(!debugConfigUsesEnv({ type: 'chrome', request: 'launch' }));
    assert.ok(!debugConfigUsesEnv({ type: 'some-remote-adapter', request: 'launch' }));
  });
});
