import { For, Show, type JSX } from 'solid-js';
import { languageName } from '@/components/request/labels';
import { Expandable } from '@/components/summary/expandable';
import { renderMessage } from '@/lib/policy-analysis/summarize';
import type { Evidence, Segment } from '@/lib/shared/policy-text';
import { t } from '@/lib/ui/i18n';
import type { LineTone, Verdict, VerdictTone } from '@/lib/ui/verdict';

/** Icons are a second cue: each line's tone is also said in words for screen readers. */
const ICON: Record<VerdictTone | LineTone, string> = {
  good: '✓',
  neutral: '•',
  mixed: '!',
  warning: '⚠',
};

/**
 * The first screen after a policy is read: one headline with its tone, one line per key point
 * (collect, share, keep, rights, contact) with the sentences one click away, and the main actions.
 */
export function VerdictCard(props: {
  verdict: Verdict;
  segments: readonly Segment[];
  /** Who the controller is and where the policy was read from, one line. */
  source: string;
  onShowInPage?: (evidence: Evidence) => void;
  actions: JSX.Element;
  ref?: (el: HTMLElement) => void;
}) {
  const show = () => (props.onShowInPage ? { onShowInPage: props.onShowInPage } : {});
  return (
    <section class={`card verdict verdict-${props.verdict.tone}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" tabindex="-1" ref={(el) => props.ref?.(el)}>
        <span class="verdict-icon" aria-hidden="true">
          {ICON[props.verdict.tone]}
        </span>{' '}
        {t(`verdict_tone_${props.verdict.tone}`, props.verdict.watch)}
      </h2>
      <p class="muted small verdict-source">{props.source}</p>
      <Show when={props.verdict.uncoveredLanguage}>
        {(code) => (
          <p class="small verdict-language">
            {code() === 'und'
              ? t('verdict_language_unknown')
              : t('verdict_language_uncovered', languageName(code()))}
          </p>
        )}
      </Show>
      <ul class="verdict-lines">
        <For each={props.verdict.lines}>
          {(line) => (
            <li class={`verdict-line tone-${line.tone}`} data-line={line.id}>
              <span class="line-icon" aria-hidden="true">
                {ICON[line.tone]}
              </span>
              <span class="line-text">
                <Expandable evidence={line.evidence} segments={props.segments} compact {...show()}>
                  <span>
                    {line.tone === 'warning' ? (
                      <span class="visually-hidden">{t('summary_tone_warning')} </span>
                    ) : null}
                    <LineText text={renderMessage(line.key, line.params, t)} link={line.link} />
                  </span>
                </Expandable>
              </span>
            </li>
          )}
        </For>
      </ul>
      <div class="verdict-actions">{props.actions}</div>
    </section>
  );
}

/**
 * A line's words, its web address a link: where the words show the address, that part of them;
 * else the whole line ("Contact them through the site’s web form.").
 */
function LineText(props: { text: string; link?: string | undefined }) {
  const anchor = (label: string) => (
    <a href={props.link} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
  return (
    <Show when={props.link} fallback={props.text}>
      {(link) => {
        const at = props.text.indexOf(link());
        return at < 0 ? (
          anchor(props.text)
        ) : (
          <>
            {props.text.slice(0, at)}
            {anchor(link())}
            {props.text.slice(at + link().length)}
          </>
        );
      }}
    </Show>
  );
}
