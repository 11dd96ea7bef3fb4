import {
  AliasNode,
  ColumnNode,
  type ColumnUpdateNode,
  type InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type UpdateQueryNode,
  TableNode,
  type ValuesItemNode,
  ValueNode,
  ValuesNode,
} from 'kysely';
import { type Keyring, openValue, storedJson, storedText } from './field-cipher.js';

/**
 * Every column that holds what members type, by table, with the key that names a row (for
 * `npm run rotate-key`). Nothing else is sealed: ids, dates, stages, counts and ratings stay plain
 * so that SQL can sort, count and plan on them.
 */
export const SEALED_TABLES = {
  meeting_logs: { key: ['id'], text: ['summary', 'achievements', 'next_steps', 'private_note'], json: [] },
  action_items: { key: ['id'], text: ['text'], json: [] },
  goal_plans: { key: ['pair_id'], text: ['goal', 'success_criterion'], json: [] },
  goal_steps: { key: ['id'], text: ['text'], json: [] },
  self_inventories: {
    key: ['pair_id', 'user_id'],
    text: ['strengths', 'development_areas', 'short_term_goals', 'long_term_goals', 'expectations', 'contribution', 'rapport'],
    json: [],
  },
  agreements: { key: ['pair_id'], text: ['priorities', 'focus_areas', 'success_measures'], json: [] },
  reflections: {
    key: ['wrap_up_id', 'user_id'],
    text: ['learned', 'goal_comment', 'expectations_comment', 'highlight', 'thanks'],
    // Step texts and comments live in this JSON column.
    json: ['steps'],
  },
  // How the pair is doing: answers stay plain (they are averaged), comments are sealed.
  fit_checks: { key: ['pair_id', 'user_id'], text: ['comment'], json: [] },
  pulse_checkins: { key: ['pair_id', 'user_id'], text: ['comment'], json: [] },
} as const satisfies Record<string, { key: readonly string[]; text: readonly string[]; json: readonly string[] }>;

export type SealedTable = keyof typeof SEALED_TABLES;

/** The names sealed values are read back under (queries keep them, aliases included). */
const SEALED_NAMES: ReadonlySet<string> = new Set(Object.values(SEALED_TABLES).flatMap((columns) => [...columns.text, ...columns.json]));

type Sealer = (value: string) => string;

/**
 * The one place where notes are sealed and opened: writes to a sealed column (insert values,
 * updates, upserts) are sealed with the current key; every string read back that is sealed is
 * opened, whatever the query, so no repository can forget it. Without a keyring writes stay plain
 * and a sealed value read is a SealedValueError, never ciphertext handed on as text.
 */
export class SealedColumnsPlugin implements KyselyPlugin {
  private readonly sealers: Map<string, Map<string, Sealer>>;

  constructor(private readonly keyring: Keyring | undefined) {
    const text: Sealer = (value) => storedText(keyring, value);
    const json: Sealer = (value) => storedJson(keyring, value);
    this.sealers = new Map(
      Object.entries(SEALED_TABLES).map(([table, columns]) => [
        table,
        new Map<string, Sealer>([...columns.text.map((c) => [c, text] as const), ...columns.json.map((c) => [c, json] as const)]),
      ]),
    );
  }

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode') return this.insert(node);
    if (node.kind === 'UpdateQueryNode') return this.update(node);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of result.rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || !value.startsWith('enc')) continue;
        // A sealed column opens or fails loudly. Any other column holds text that merely looks sealed
        // (a Slack display name someone set to "enc:v1:…", say): it is left as it is, never opened.
        if (SEALED_NAMES.has(column)) row[column] = openValue(this.keyring, value);
      }
    }
    return result;
  }

  private insert(node: InsertQueryNode): InsertQueryNode {
    const sealers = this.sealers.get(tableName(node.into));
    if (!sealers || !node.columns) return node;
    const byIndex = node.columns.map((column) => sealers.get(column.column.name));
    if (byIndex.every((sealer) => sealer === undefined)) return node;
    const values =
      node.values && ValuesNode.is(node.values) ? { ...node.values, values: node.values.values.map((row) => sealRow(row, byIndex)) } : node.values;
    const onConflict = node.onConflict?.updates ? { ...node.onConflict, updates: sealUpdates(node.onConflict.updates, sealers) } : node.onConflict;
    return { ...node, values, onConflict };
  }

  private update(node: UpdateQueryNode): UpdateQueryNode {
    const sealers = this.sealers.get(tableName(node.table));
    if (!sealers || !node.updates) return node;
    return { ...node, updates: sealUpdates(node.updates, sealers) };
  }
}

function tableName(node: OperationNode | undefined): string {
  if (node === undefined) return '';
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableName(node.node);
  return '';
}

const sealAny = (sealer: Sealer | undefined, value: unknown) => (sealer && typeof value === 'string' ? sealer(value) : value);

function sealRow(row: ValuesItemNode, byIndex: ReadonlyArray<Sealer | undefined>): ValuesItemNode {
  if (row.kind === 'PrimitiveValueListNode') return { ...row, values: row.values.map((value, i) => sealAny(byIndex[i], value)) };
  return { ...row, values: row.values.map((value, i) => sealNode(value, byIndex[i])) };
}

function sealNode(node: OperationNode, sealer: Sealer | undefined): OperationNode {
  if (!sealer || !ValueNode.is(node) || typeof node.value !== 'string') return node;
  const sealed: ValueNode = { ...node, value: sealer(node.value) };
  return sealed;
}

function sealUpdates(updates: readonly ColumnUpdateNode[], sealers: Map<string, Sealer>): ColumnUpdateNode[] {
  return updates.map((update) => {
    const column = ColumnNode.is(update.column) ? update.column.column.name : '';
    return { ...update, value: sealNode(update.value, sealers.get(column)) };
  });
}
