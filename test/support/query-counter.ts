/**
 * Counts the SQL statements a database handle executes (a kysely plugin sees every query, those of
 * transactions included), so a test can pin how many a request costs.
 */
import {
  AliasNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
} from 'kysely';
import type { TestDatabase } from './database.js';

export class QueryCounter implements KyselyPlugin {
  /** One entry per executed statement while counting: its kind and first table, e.g. `select pairs`. */
  readonly queries: string[] = [];
  private counting = false;

  start(): void {
    this.queries.length = 0;
    this.counting = true;
  }

  stop(): string[] {
    this.counting = false;
    return [...this.queries];
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.counting) this.queries.push(describe(args.node));
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

function describe(node: RootOperationNode): string {
  const kind = node.kind.replace(/QueryNode$|Node$/, '').toLowerCase();
  return `${kind} ${tableOf(node) ?? ''}`.trim();
}

function tableOf(node: RootOperationNode): string | undefined {
  const source =
    node.kind === 'SelectQueryNode' ? node.from?.froms[0]
    : node.kind === 'InsertQueryNode' ? node.into
    : node.kind === 'UpdateQueryNode' ? node.table
    : node.kind === 'DeleteQueryNode' ? node.from.froms[0]
    : undefined;
  const table = source && AliasNode.is(source) ? source.node : source;
  return table && TableNode.is(table) ? table.table.identifier.name : undefined;
}

/** The same test database, its statements counted by `counter`. */
export function countedDatabase(database: TestDatabase, counter: QueryCounter): TestDatabase {
  return { ...database, db: database.db.withPlugin(counter) };
}
