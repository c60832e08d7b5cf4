/**
 * npx tsx scripts/graph/modules.mts [--format text|mermaid]
 * The module graph at folder level, from dependency-cruiser with the options of
 * .dependency-cruiser.mjs: the site's folders (src/<x>, scripts/<x>, test/<x>, the root configs)
 * above the packages' (packages/<name>/src/<x>), each arrow an import from one folder into another
 * with the number of imports it stands for, and the folder cycles if any. Twice: by top-level folder
 * and package, then by the folders one level down. npm packages, Node and Docusaurus's build-time
 * aliases are left out. The rules themselves are checked by npm run lint:imports.
 */
import { parseArgs } from 'node:util';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import config from '../../.dependency-cruiser.mjs';

/** A folder-level graph: arrows `from -> to` with the number of module imports behind each. */
interface FolderGraph {
  nodes: string[];
  edges: Map<string, Map<string, number>>;
}

const PACKAGE = /^packages\/([^/]+)\/(?:src\/)?([^/]+)/;
const SITE = /^(src|scripts|test)\/([^/]+)/;

/** The folder a module counts in: one level below a package or a site folder (`detail`), or the top. */
function folderOf(path: string, detail: boolean): string | undefined {
  if (path.includes('node_modules/')) return undefined;
  const pkg = PACKAGE.exec(path);
  if (pkg) return detail ? `${pkg[1]}/${pkg[2]}` : `@sde/${pkg[1]}`;
  const site = SITE.exec(path);
  if (site) return detail ? `${site[1]}/${site[2]}` : site[1];
  // A root file (docusaurus.config.ts, playwright.config.ts...) is a node of its own.
  return path.includes('/') ? undefined : path;
}

/** Packages' folders are `@sde/<name>` at the top level and `<name>/<folder>` one level down. */
const isPackage = (folder: string) =>
  folder.startsWith('@sde/') || (folder.includes('/') && !/^(src|scripts|test)\//.test(folder));
const packageOf = (folder: string) => (folder.startsWith('@sde/') ? folder.slice(5) : folder.split('/')[0]!);

function folderGraph(result: ICruiseResult, detail: boolean): FolderGraph {
  const nodes = new Set<string>();
  const edges = new Map<string, Map<string, number>>();
  for (const module of result.modules) {
    const from = module.coreModule || module.couldNotResolve ? undefined : folderOf(module.source, detail);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      if (dependency.couldNotResolve || dependency.coreModule) continue;
      const to = folderOf(dependency.resolved, detail);
      if (!to || to === from) continue;
      nodes.add(from).add(to);
      const out = edges.get(from) ?? new Map<string, number>();
      out.set(to, (out.get(to) ?? 0) + 1);
      edges.set(from, out);
    }
  }
  const order = (a: string, b: string) => Number(isPackage(a)) - Number(isPackage(b)) || a.localeCompare(b);
  return { nodes: [...nodes].sort(order), edges };
}

/** Strongly connected components of more than one folder (Tarjan): the folder cycles. */
function folderCycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.nodes) if (!index.has(node)) visit(node);
  return cycles;
}

function arrows(graph: FolderGraph): Array<[string, string, number]> {
  return graph.nodes.flatMap((from) =>
    [...(graph.edges.get(from) ?? [])].sort(([a], [b]) => a.localeCompare(b)).map(([to, n]) => [from, to, n]),
  ) as Array<[string, string, number]>;
}

/** Which way the arrows run between the site and the packages, and the folder cycles. */
function summary(graph: FolderGraph): string {
  const all = arrows(graph);
  const count = (test: (from: string, to: string) => boolean) => all.filter(([f, t]) => test(f, t));
  const down = count((f, t) => !isPackage(f) && isPackage(t));
  const up = count((f, t) => isPackage(f) && !isPackage(t));
  const across = count((f, t) => isPackage(f) && isPackage(t) && packageOf(f) !== packageOf(t));
  const cycles = folderCycles(graph);
  const list = (edges: typeof all) => (edges.length ? ` (${edges.map(([f, t]) => `${f} -> ${t}`).join(', ')})` : '');
  return [
    `site -> packages: ${down.length} arrows`,
    `packages -> site: ${up.length}${list(up)}`,
    `package -> other package: ${across.length}${list(across)}`,
    `folder cycles: ${cycles.length ? cycles.map((c) => c.join(' <-> ')).join('; ') : 'none'}`,
  ].join('\n');
}

function text(graph: FolderGraph): string {
  const width = Math.max(...graph.nodes.map((n) => n.length));
  return graph.nodes
    .map((from) => {
      const out = [...(graph.edges.get(from) ?? [])].sort(
        ([a], [b]) => Number(isPackage(a)) - Number(isPackage(b)) || a.localeCompare(b),
      );
      const layer = isPackage(from) ? 'package' : 'site   ';
      return `${layer} ${from.padEnd(width)} -> ${out.length ? out.map(([to, n]) => `${to} (${n})`).join(', ') : '-'}`;
    })
    .join('\n');
}

function mermaid(graph: FolderGraph): string {
  const id = (node: string) => `n${graph.nodes.indexOf(node)}`;
  const node = (name: string) => `    ${id(name)}["${name}"]`;
  const packages = [...new Set(graph.nodes.filter(isPackage).map(packageOf))];
  const lines = ['flowchart TB', '  subgraph site', ...graph.nodes.filter((n) => !isPackage(n)).map(node), '  end'];
  lines.push('  subgraph packages');
  for (const pkg of packages) {
    const members = graph.nodes.filter((n) => isPackage(n) && packageOf(n) === pkg);
    if (members.length === 1 && members[0] === `@sde/${pkg}`) lines.push(node(members[0]));
    else lines.push(`  subgraph ${pkg.replace(/\W/g, '_')}["@sde/${pkg}"]`, ...members.map(node), '  end');
  }
  lines.push('  end');
  for (const [from, to, n] of arrows(graph)) lines.push(`  ${id(from)} -->|${n}| ${id(to)}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
  if (values.format !== 'text' && values.format !== 'mermaid') {
    console.error('graph: --format is text or mermaid');
    return 2;
  }
  const tsConfig = config.options?.tsConfig?.fileName ?? 'tsconfig.json';
  const cruised = await cruise(
    ['.'],
    { ruleSet: config, validate: false, outputType: 'json' },
    {},
    { tsConfig: extractTSConfig(tsConfig) },
  );
  const result = (typeof cruised.output === 'string' ? JSON.parse(cruised.output) : cruised.output) as ICruiseResult;
  const { totalCruised, totalDependenciesCruised } = result.summary;
  const out = [
    `Module graph at folder level (dependency-cruiser: ${totalCruised} modules, ${totalDependenciesCruised} imports; ` +
      'npm packages, Node and Docusaurus aliases left out; arrows: folder -> folder it imports (imports)).',
  ];
  for (const [title, detail] of [
    ['Top level', false],
    ['One level down', true],
  ] as const) {
    const graph = folderGraph(result, detail);
    out.push('', `## ${title}`, '', summary(graph), '');
    out.push(values.format === 'mermaid' ? ['```mermaid', mermaid(graph), '```'].join('\n') : text(graph));
  }
  console.log(out.join('\n'));
  return 0;
}

main().then((code) => process.exit(code));
