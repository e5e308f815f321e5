import { applyPolicy, loadPolicy, PolicyError } from '../../src/policy/policy.js';
import { globMatches } from '../../src/policy/glob.js';
import type { Finding } from '../../src/model.js';

const finding = (ruleId: string, severity: Finding['severity'], symbol?: string, file?: string): Finding => ({
  ruleId,
  severity,
  message: `${ruleId} on ${symbol ?? file}`,
  symbol,
  file,
});

const FINDINGS: Finding[] = [
  finding('clone-vanished', 'error', 'foo.isra.0', 'fs/a.c'),
  finding('clone-vanished', 'error', 'bar.constprop.0', 'fs/ext4/b.c'),
  finding('inline-changed', 'warning', 'mid', 'kernel/c.c'),
  finding('line-only-change', 'notice', 'warn_me', 'kernel/c.c'),
];

describe('loadPolicy', () => {
  test('defaults: no file, errors fail', () => {
    const p = loadPolicy(null);
    expect(p.failOn).toEqual({ severities: ['error'], rules: [] });
    expect(p.failOnSource).toBe('default');
    expect(loadPolicy('')).toEqual(p);
    expect(loadPolicy('# only a comment\n')).toEqual(p);
  });

  test('full example parses', () => {
    const p = loadPolicy(`
fail-on: [error, inline-changed]
rules: { inline-changed: error, line-only-change: off }
allow:
  - rule: clone-vanished
    symbol: foo*
    file: fs/*.c
    reason: "callers are patched by hand in #123"
`);
    expect(p.failOn).toEqual({ severities: ['error'], rules: ['inline-changed'] });
    expect(p.failOnSource).toBe('config');
    expect(p.rules).toEqual({ 'inline-changed': 'error', 'line-only-change': 'off' });
    expect(p.allow).toEqual([{ rule: 'clone-vanished', symbol: 'foo*', file: 'fs/*.c', reason: 'callers are patched by hand in #123' }]);
  });

  test('fail-on as a single string, and none', () => {
    expect(loadPolicy('fail-on: warning').failOn.severities).toEqual(['warning']);
    expect(loadPolicy('fail-on: none').failOn).toEqual({ severities: [], rules: [] });
  });

  test.each([
    ['allow:\n  - rule: clone-vanished\n    symbol: foo\n', /allow\[0\]\.reason: is required/],
    ['allow:\n  - rule: clone-vanished\n    reason: "  "\n', /allow\[0\]\.reason: is required/],
    ['allow:\n  - symbol: foo\n    reason: x\n', /allow\[0\]\.rule: is required/],
    ['allow:\n  - rule: nope\n    reason: x\n', /allow\[0\]\.rule: unknown rule id 'nope'/],
    ['allow:\n  - rule: clone-vanished\n    reason: x\n    sym: y\n', /allow\[0\]\.sym: unknown key/],
    ['rules: { clone-vanishd: off }', /rules\.clone-vanishd: unknown rule id/],
    ['rules: { clone-vanished: fatal }', /rules\.clone-vanished: expected error, warning, notice or off/],
    ['fail-on: [error, bogus]', /fail-on\[1\]: unknown value 'bogus'/],
    ['fail-on: [none, error]', /'none' cannot be combined/],
    ['failon: error', /failon: unknown key/],
    ['fail-on: [error\nrules: {', /livepatch-gate\.yml:\d+: not valid YAML/],
    ['- just a list', /expected a mapping at the top/],
  ])('config error names the key: %j', (text, message) => {
    expect(() => loadPolicy(text)).toThrow(PolicyError);
    expect(() => loadPolicy(text)).toThrow(message);
  });

  test('fail-on override wins over the file', () => {
    const p = loadPolicy('fail-on: [error]', 'warning, notice');
    expect(p.failOn.severities).toEqual(['warning', 'notice']);
    expect(p.failOnSource).toBe('override');
    expect(loadPolicy('fail-on: [warning]', 'none').failOn).toEqual({ severities: [], rules: [] });
    expect(loadPolicy('fail-on: [warning]', '').failOn.severities).toEqual(['warning']);
    expect(() => loadPolicy(null, 'errors')).toThrow(/fail-on input\[0\]: unknown value 'errors'/);
  });
});

describe('applyPolicy', () => {
  test('default: errors fail, with one reason per rule', () => {
    const r = applyPolicy(FINDINGS, loadPolicy(null));
    expect(r.verdict).toBe('fail');
    expect(r.reasons).toEqual(["2 errors from clone-vanished: 'foo.isra.0', 'bar.constprop.0'."]);
    expect(r.findings).toHaveLength(4);
  });

  test('glob allow: allowed findings keep their reason and never fail', () => {
    const p = loadPolicy(`
allow:
  - rule: clone-vanished
    file: "fs/**"
    reason: patched by hand
`);
    const r = applyPolicy(FINDINGS, p);
    expect(r.verdict).toBe('pass');
    expect(r.findings.filter((f) => f.allowed === 'patched by hand')).toHaveLength(2);
    // '*' stays within a directory: fs/*.c does not reach fs/ext4/b.c.
    const narrow = applyPolicy(FINDINGS, loadPolicy('allow:\n  - rule: clone-vanished\n    file: fs/*.c\n    reason: ok\n'));
    expect(narrow.verdict).toBe('fail');
    expect(narrow.reasons).toEqual(["1 error from clone-vanished: 'bar.constprop.0'."]);
    // A symbol glob needs the finding to have a symbol.
    const bySymbol = applyPolicy(FINDINGS, loadPolicy('allow:\n  - rule: clone-vanished\n    symbol: "*.constprop.*"\n    reason: ok\n'));
    expect(bySymbol.findings.find((f) => f.symbol === 'bar.constprop.0')?.allowed).toBe('ok');
    expect(bySymbol.findings.find((f) => f.symbol === 'foo.isra.0')?.allowed).toBeUndefined();
  });

  test("severity overrides, 'off', and rule ids in fail-on", () => {
    const p = loadPolicy('fail-on: [inline-changed]\nrules: { clone-vanished: warning, line-only-change: off }');
    const r = applyPolicy(FINDINGS, p);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['clone-vanished', 'clone-vanished', 'inline-changed']);
    expect(r.findings[0].severity).toBe('warning');
    expect(r.verdict).toBe('fail');
    expect(r.reasons).toEqual(["1 warning from inline-changed (fail-on lists inline-changed): 'mid'."]);
    expect(FINDINGS[0].severity).toBe('error'); // input untouched
  });

  test('a change the configuration compiles out stays a notice: no override raises it, no rule id fails on it', () => {
    const facts = { conditions: [], units: ['kernel/sched/core.c'], evidence: 'not in this configuration: CONFIG_SCHED_CORE is off.', ruleSeverity: 'error' as const };
    const out: Finding = { ...finding('layout-change', 'notice', 'rq', 'kernel/sched/sched.h'), configuration: { ...facts, status: 'compiled-out' } };
    const inside: Finding = { ...finding('layout-change', 'warning', 'cfs_rq', 'kernel/sched/sched.h'), configuration: { ...facts, status: 'compiled-in' } };
    const r = applyPolicy([out, inside], loadPolicy('fail-on: [layout-change]\nrules: { layout-change: error }'));
    expect(r.findings.map((f) => f.severity)).toEqual(['notice', 'error']);
    expect(r.reasons).toEqual(["1 error from layout-change (fail-on lists layout-change): 'cfs_rq'."]);
    expect(applyPolicy([out], loadPolicy(null, 'notice')).verdict).toBe('fail');
  });

  test("fail-on none never fails", () => {
    expect(applyPolicy(FINDINGS, loadPolicy(null, 'none'))).toMatchObject({ verdict: 'pass', reasons: [] });
  });
});

test('glob semantics', () => {
  expect(globMatches('fs/*.c', 'fs/a.c')).toBe(true);
  expect(globMatches('fs/*.c', 'fs/x/a.c')).toBe(false);
  expect(globMatches('fs/**/*.c', 'fs/a.c')).toBe(true);
  expect(globMatches('fs/**/*.c', 'fs/x/y/a.c')).toBe(true);
  expect(globMatches('foo?', 'foo1')).toBe(true);
  expect(globMatches('a.b', 'axb')).toBe(false);
  expect(globMatches('*.constprop.*', 'foo.constprop.0')).toBe(true);
});

test('globs mean what users write: character classes, braces, ranges', () => {
  expect(globMatches('tcp_v[46]_*', 'tcp_v4_rcv')).toBe(true);
  expect(globMatches('tcp_v[46]_*', 'tcp_v6_connect')).toBe(true);
  expect(globMatches('tcp_v[46]_*', 'tcp_v5_x')).toBe(false);
  expect(globMatches('{tcp,udp}_*', 'udp_sendmsg')).toBe(true);
  expect(globMatches('{tcp,udp}_*', 'sctp_sendmsg')).toBe(false);
  expect(globMatches('net/{ipv4,ipv6}/**', 'net/ipv6/udp.c')).toBe(true);
  expect(globMatches('f{1..3}', 'f2')).toBe(true);
  expect(globMatches('f{1..3}', 'f4')).toBe(false);
  expect(globMatches('[!a]*', 'bcd')).toBe(true);
});

test('a glob the matcher cannot read, or a negated one, is a named policy error', () => {
  const allow = (symbol: string) => `allow:\n  - rule: clone-vanished\n    symbol: "${symbol}"\n    reason: ok\n`;
  expect(() => loadPolicy(allow('tcp_v[46_*'))).toThrow(/allow\[0\]\.symbol: not a valid glob \('tcp_v\[46_\*'\): Missing closing: "\]"/);
  expect(() => loadPolicy(allow('{tcp,udp_*'))).toThrow(/allow\[0\]\.symbol: not a valid glob/);
  expect(() => loadPolicy(allow('!tcp_*'))).toThrow(/allow\[0\]\.symbol: negated globs are not supported/);
  expect(loadPolicy(allow('tcp_v[46]_*')).allow[0].symbol).toBe('tcp_v[46]_*');
});
