// Our remark plugin: turns directives into the notebook's elements and gives headings stable ids.
//   ::name{a=1}           leaf directive   → <nb-widget> (or <nb-figure> for `::figure{name=…}`)
//   :::note[제목] … :::   container        → <nb-callout kind="note">
//   :text directives are not ours: they go back to plain text (so "비율 3:2" or "예:abc" survive).
// Heading ids follow GitHub's slugger (`## 배치 정규화` → `#배치-정규화`).
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import { instanceKeyOf } from './instanceKey';
// Brings the `hName` / `hProperties` fields into mdast's Data types.
import type {} from 'mdast-util-to-hast';

/** The callout kinds a chapter may use, with their Korean badges. */
export const CALLOUT_KINDS = {
  note: '참고',
  question: '질문',
  pitfall: '주의',
  quiz: '확인 문제',
} as const;
export type CalloutKind = keyof typeof CALLOUT_KINDS;

export interface OutlineHeading {
  depth: number;
  text: string;
  id: string;
}

export interface DirectiveUse {
  kind: 'widget' | 'figure' | 'callout';
  name: string;
  attrs: Record<string, string>;
  line?: number;
  instanceKey: string;
}

export interface NotebookData {
  headings: OutlineHeading[];
  directives: DirectiveUse[];
}

/** 1-based line in the chapter file (front matter included). */
function lineOf(node: Nodes, lineOffset: number): number | undefined {
  const l = node.position?.start.line;
  return l === undefined ? undefined : l + lineOffset;
}

function cleanAttrs(
  attrs: Record<string, string | null | undefined> | null | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) out[k] = v ?? '';
  return out;
}

/**
 * The label (`:::note[this]`) of a container directive: its text (for accessible names) and the
 * paragraph itself, re-tagged as <nb-callout-label> so it keeps its math and emphasis.
 */
function markLabel(node: ContainerDirective): string {
  const first = node.children[0];
  if (
    first &&
    first.type === 'paragraph' &&
    (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel
  ) {
    first.data = { ...first.data, hName: 'nb-callout-label' };
    return toString(first);
  }
  return '';
}

function textDirectiveAsText(node: TextDirective): PhrasingContent[] {
  const out: PhrasingContent[] = [{ type: 'text', value: `:${node.name}` }];
  if (node.children.length)
    out.push({ type: 'text', value: '[' }, ...node.children, { type: 'text', value: ']' });
  return out;
}

export interface RemarkNotebookOptions {
  /** Lines before the Markdown body (front matter), so reported lines match the file. */
  lineOffset?: number;
  /** Receives what the document contains (headings for the TOC, directives for the lint). */
  collect?: (data: NotebookData) => void;
}

export default function remarkNotebook(options: RemarkNotebookOptions = {}) {
  const lineOffset = options.lineOffset ?? 0;
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const headings: OutlineHeading[] = [];
    const directives: DirectiveUse[] = [];
    const seen = new Map<string, number>();

    const instanceKey = (name: string, attrs: Record<string, string>) => {
      if (attrs.id) return attrs.id;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return instanceKeyOf(name, n);
    };

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'heading') {
        const h = node as Heading;
        const text = toString(h);
        const id = slugger.slug(text);
        h.data = { ...h.data, hProperties: { ...(h.data?.hProperties ?? {}), id } };
        headings.push({ depth: h.depth, text, id });
        return;
      }
      if (node.type === 'textDirective' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...textDirectiveAsText(node as TextDirective));
        return [SKIP, index];
      }
      if (node.type === 'leafDirective') {
        const d = node as LeafDirective;
        const attrs = cleanAttrs(d.attributes);
        const line = lineOf(d, lineOffset);
        const isFigure = d.name === 'figure';
        const key = isFigure ? `figure-${attrs.name ?? ''}` : instanceKey(d.name, attrs);
        directives.push({
          kind: isFigure ? 'figure' : 'widget',
          name: isFigure ? (attrs.name ?? '') : d.name,
          attrs,
          line,
          instanceKey: key,
        });
        d.data = {
          hName: isFigure ? 'nb-figure' : 'nb-widget',
          hProperties: {
            dataName: isFigure ? (attrs.name ?? '') : d.name,
            dataAttrs: JSON.stringify(attrs),
            dataLine: line,
            dataInstance: key,
          },
        };
        d.children = [];
        return SKIP;
      }
      if (node.type === 'containerDirective') {
        const d = node as ContainerDirective;
        const label = markLabel(d);
        const line = lineOf(d, lineOffset);
        directives.push({
          kind: 'callout',
          name: d.name,
          attrs: cleanAttrs(d.attributes),
          line,
          instanceKey: '',
        });
        d.data = {
          hName: 'nb-callout',
          hProperties: { dataKind: d.name, dataLabel: label, dataLine: line },
        };
        return;
      }
    });
    options.collect?.({ headings, directives });
  };
}
