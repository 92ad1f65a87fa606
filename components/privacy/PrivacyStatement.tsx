import { For, Match, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { statementBlocks, type Inline } from './statement-blocks';

const TAGS = { text: 'span', code: 'code', em: 'em' } as const;

/** Text nodes only (Solid sets them as text): nothing in the statement is parsed as HTML. */
function Runs(props: { runs: Inline[] }) {
  return (
    <For each={props.runs}>
      {(run) => (
        <Dynamic component={run.strong ? 'strong' : 'span'}>
          <Dynamic component={TAGS[run.kind]}>{run.text}</Dynamic>
        </Dynamic>
      )}
    </For>
  );
}

/** PRIVACY.md, shipped inside the extension and shown as text (statement-blocks.ts). */
export function PrivacyStatement(props: { markdown: string }) {
  return (
    // The statement exists in English only (README, limits); screen readers should read it so.
    <main class="privacy" lang="en">
      <For each={statementBlocks(props.markdown)}>
        {(block) => (
          <Switch>
            <Match when={block.kind === 'heading' && block}>
              {(h) => (
                <Dynamic component={`h${h().level}`}>
                  <Runs runs={h().text} />
                </Dynamic>
              )}
            </Match>
            <Match when={block.kind === 'paragraph' && block}>
              {(p) => (
                <p>
                  <Runs runs={p().text} />
                </p>
              )}
            </Match>
            <Match when={block.kind === 'list' && block}>
              {(list) => (
                <ul>
                  <For each={list().items}>
                    {(item) => (
                      <li>
                        <Runs runs={item} />
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </main>
  );
}
