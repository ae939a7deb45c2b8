import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { SARIF_REPORT } from '../core/synth-output';
import { RuleSeverity } from './rule-info';
import { allRules, packOf, registriesOf } from './rule-registry';

/*
 * The findings of a synth as a SARIF 2.1.0 log (one run, one result per finding and one per
 * suppressed finding), written to `<outdir>/batch-images.sarif` for CI to upload to code
 * scanning. Results are collected per App as the checks annotate, so the file written when the
 * last stack synthesizes holds every stack's findings.
 *
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */

/** Name of the SARIF file in the App's output directory. */
export const SARIF_FILE_NAME = SARIF_REPORT;

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LIBRARY_TAG = 'cdktf-azure-batch-custom-images';

/** One finding (or suppressed finding) as the checks recorded it. */
export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly constructPath: string;
  /** The stack's ID, for the location of the synthesized file. */
  readonly stackId?: string;
  /** Why the finding is suppressed, if it is. */
  readonly suppressionReason?: string;
}

/** An App's findings, in the order recorded, and per construct by message, to keep each once. */
interface AppReport {
  readonly findings: ReportedFinding[];
  readonly byConstruct: WeakMap<IConstruct, Map<string, ReportedFinding[]>>;
}

const REPORTS = new WeakMap<IConstruct, AppReport>();

/**
 * Records a finding of `node` for the SARIF log of its App; the same finding twice is kept once.
 * Findings are looked up by construct and message rather than by a key joining them: that key
 * copied every message, and an App of thousands of pools records thousands of findings.
 */
export function recordFinding(node: IConstruct, finding: Omit<ReportedFinding, 'constructPath' | 'stackId'>): void {
  const root = node.node.root;
  let report = REPORTS.get(root);
  if (!report) {
    report = { findings: [], byConstruct: new WeakMap() };
    REPORTS.set(root, report);
  }
  let byMessage = report.byConstruct.get(node);
  if (!byMessage) {
    byMessage = new Map();
    report.byConstruct.set(node, byMessage);
  }
  const sameMessage = byMessage.get(finding.message);
  const same = (f: ReportedFinding) =>
    f.ruleId === finding.ruleId && f.severity === finding.severity && f.suppressionReason === finding.suppressionReason;
  if (sameMessage?.some(same)) return;
  const stackId = node.node.scope === undefined ? undefined : TerraformStack.of(node).node.id;
  // Listed, not spread: a spread followed by more properties gives each finding its own V8 map.
  const { ruleId, severity, message, suppressionReason } = finding;
  const recorded: ReportedFinding = { ruleId, severity, message, suppressionReason, constructPath: node.node.path, stackId };
  if (sameMessage) sameMessage.push(recorded);
  else byMessage.set(finding.message, [recorded]);
  report.findings.push(recorded);
}

/** The findings recorded so far for the App of `scope`. */
export function recordedFindings(scope: IConstruct): ReportedFinding[] {
  return REPORTS.get(scope.node.root)?.findings ?? [];
}

/** The report files each App wrote in this process (AtomicSynth keeps them when the app fails). */
const WRITTEN = new WeakMap<IConstruct, Set<string>>();

/** Writes the SARIF log of the App of `scope` to `<outdir>/batch-images.sarif`. */
export function writeSarif(scope: IConstruct, outdir: string): void {
  fs.mkdirSync(outdir, { recursive: true });
  const file = path.join(outdir, SARIF_FILE_NAME);
  noteReportWritten(scope, file);
  // Not indented: CI reads it, and a log of thousands of findings stays small and quick to write.
  fs.writeFileSync(file, `${JSON.stringify(sarifLog(scope, outdir))}\n`);
}

/** Records that the App of `scope` wrote (or moved) its report to `file`. */
export function noteReportWritten(scope: IConstruct, file: string): void {
  const root = scope.node.root;
  const files = WRITTEN.get(root) ?? new Set<string>();
  files.add(path.resolve(file));
  WRITTEN.set(root, files);
}

/** True when `file` is a report the App of `scope` wrote in this process: current, not stale. */
export function isReportOf(scope: IConstruct, file: string): boolean {
  return WRITTEN.get(scope.node.root)?.has(path.resolve(file)) ?? false;
}

/** The SARIF 2.1.0 log of the App of `scope`. */
export function sarifLog(scope: IConstruct, outdir: string): object {
  const rules = allRules(scope);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const overrides = registriesOf(scope).flatMap((registry) => [...registry.overrides.values()]);
  const findings = recordedFindings(scope);
  const stackFileUri = stackFileUris(outdir);
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: LIBRARY_TAG,
            ...packageInfo(),
            rules: rules.map((rule) => {
              const pack = packOf(scope, rule);
              const helpUri = /https:\/\/\S+/.exec(rule.source)?.[0].replace(/[;,.)]+$/, '');
              return {
                id: rule.id,
                shortDescription: { text: rule.title },
                fullDescription: { text: `${rule.title}. Source: ${rule.source}` },
                ...(helpUri ? { helpUri } : {}),
                defaultConfiguration: { level: rule.severity },
                properties: { tags: [pack ?? LIBRARY_TAG] },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ruleConfigurationOverrides: overrides.map((o) => ({
              descriptor: { id: o.ruleId, index: index.get(o.ruleId) },
              configuration: { level: o.severity },
              properties: { scope: o.scopePath || '(App)', ...(o.reason ? { reason: o.reason } : {}) },
            })),
          },
        ],
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: f.severity,
          message: { text: f.message },
          locations: [location(f, stackFileUri)],
          partialFingerprints: { 'ruleAndConstructPath/v1': fingerprint(f) },
          ...(f.suppressionReason !== undefined
            ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppressionReason }] }
            : {}),
        })),
      },
    ],
  };
}

/**
 * The construct path as a logical location, and the synthesized stack file as the physical one
 * (code scanning needs a file): relative to the working directory when the output is below it.
 */
function location(finding: ReportedFinding, stackFileUri: (stackId: string) => string): object {
  const logical = {
    logicalLocations: [{ fullyQualifiedName: finding.constructPath, name: finding.constructPath.split('/').pop(), kind: 'resource' }],
  };
  if (finding.stackId === undefined) return logical;
  return { physicalLocation: { artifactLocation: { uri: stackFileUri(finding.stackId) } }, ...logical };
}

/** The URI of each stack's synthesized file, computed once per stack. */
function stackFileUris(outdir: string): (stackId: string) => string {
  const uris = new Map<string, string>();
  return (stackId) => {
    let uri = uris.get(stackId);
    if (uri === undefined) {
      const file = path.resolve(outdir, 'stacks', stackId, 'cdk.tf.json');
      const relative = path.relative(process.cwd(), file);
      uri = relative.startsWith('..') || path.isAbsolute(relative) ? `file://${file.split(path.sep).join('/')}` : relative.split(path.sep).join('/');
      uris.set(stackId, uri);
    }
    return uri;
  };
}

/** Stable across runs for one rule on one construct with one message. */
function fingerprint(finding: ReportedFinding): string {
  return crypto.createHash('sha256').update(`${finding.ruleId}\u0000${finding.constructPath}\u0000${finding.message}`).digest('hex').slice(0, 32);
}

let cachedPackageInfo: { version?: string; informationUri?: string } | undefined;

/**
 * Version and home page of this package, read once from its package.json (beside lib/ and
 * dist/); left out of the report when the sources run without it (e.g. copied by the benchmark).
 */
function packageInfo(): { version?: string; informationUri?: string } {
  if (!cachedPackageInfo) {
    const file = path.join(__dirname, '..', '..', 'package.json');
    const pkg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    const uri = String(pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
    cachedPackageInfo = { ...(pkg.version ? { version: pkg.version } : {}), ...(uri ? { informationUri: uri } : {}) };
  }
  return cachedPackageInfo;
}
