/**
 * The Listen controls under the toolbar: previous / play-pause / next paragraph, speed and voice. The
 * paragraph being read is highlighted (`.speaking`) and kept in view.
 */
import { icon } from './icons';
import { createNarrator, spokenBlocks } from './narrator';
import type { Narrator, NarratorState, SpeechEngine } from './narrator';

export const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;

export interface SpeechApi {
  engine: SpeechEngine;
  makeUtterance(text: string): SpeechSynthesisUtterance;
}

/** The page window's speech synthesis, or null where there is none (jsdom, some Linux builds). */
export function speechApiOf(win: Window & typeof globalThis): SpeechApi | null {
  const engine = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  if (!engine || typeof Utterance !== 'function') return null;
  return { engine, makeUtterance: (text) => new Utterance(text) };
}

export interface ListenPanel {
  element: HTMLElement;
  narrator: Narrator;
  /** Shows the panel and starts reading from the current paragraph. */
  open(): void;
  /** Stops reading and hides the panel. */
  close(): void;
  isOpen(): boolean;
  /** Stops for good (the reader is closing). */
  dispose(): void;
}

function iconButton(doc: Document, className: string, label: string, name: Parameters<typeof icon>[1]) {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = className;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.append(icon(doc, name));
  return b;
}

export function createListenPanel(
  doc: Document,
  articleBody: HTMLElement,
  speech: SpeechApi,
  lang: string | null,
  onStateChange: (open: boolean) => void,
): ListenPanel {
  const panel = doc.createElement('div');
  panel.className = 'listen-panel';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', 'Listen');
  panel.hidden = true;

  const previous = iconButton(doc, 'listen-previous', 'Previous paragraph', 'previous');
  const playPause = iconButton(doc, 'listen-play', 'Play', 'play');
  const next = iconButton(doc, 'listen-next', 'Next paragraph', 'next');

  const speed = doc.createElement('select');
  speed.className = 'listen-speed';
  speed.setAttribute('aria-label', 'Speed');
  for (const s of SPEEDS) {
    const option = doc.createElement('option');
    option.value = String(s);
    option.textContent = `${s}×`;
    option.selected = s === 1;
    speed.append(option);
  }

  const voice = doc.createElement('select');
  voice.className = 'listen-voice';
  voice.setAttribute('aria-label', 'Voice');

  const message = doc.createElement('span');
  message.className = 'listen-message';
  message.setAttribute('role', 'status');

  panel.append(previous, playPause, next, speed, voice, message);

  // The title and the article's text; not the site name, the byline line or the print-only source line.
  const blocks = spokenBlocks(articleBody).filter((el) => !el.closest('.site, .meta, .print-only'));
  let highlighted: HTMLElement | null = null;

  const showState = (state: NarratorState, index: number, error?: string): void => {
    const playing = state === 'playing';
    playPause.replaceChildren(icon(doc, playing ? 'pause' : 'play'));
    playPause.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    playPause.title = playPause.getAttribute('aria-label') ?? '';
    panel.dataset.state = state;
    message.textContent = error ?? '';
    const block = state === 'stopped' ? null : (blocks[index] ?? null);
    if (block !== highlighted) {
      highlighted?.classList.remove('speaking');
      block?.classList.add('speaking');
      highlighted = block;
      // Optional call: jsdom has no scrollIntoView.
      block?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  };

  const narrator = createNarrator({
    blocks,
    engine: speech.engine,
    makeUtterance: speech.makeUtterance,
    onChange: showState,
  });

  // Voices load late in Chrome (`voiceschanged`); the article's language is listed first.
  let voices: SpeechSynthesisVoice[] = [];
  const fillVoices = (): void => {
    const all = speech.engine.getVoices?.() ?? [];
    const base = lang?.split('-')[0]?.toLowerCase() ?? '';
    const matching = all.filter((v) => base && v.lang.toLowerCase().startsWith(base));
    voices = matching.length > 0 ? matching : all;
    const chosen = voice.value;
    voice.replaceChildren();
    const auto = doc.createElement('option');
    auto.value = '';
    auto.textContent = 'Default voice';
    voice.append(auto);
    for (const v of voices) {
      const option = doc.createElement('option');
      option.value = v.name;
      option.textContent = `${v.name} (${v.lang})`;
      voice.append(option);
    }
    voice.value = voices.some((v) => v.name === chosen) ? chosen : '';
  };
  fillVoices();
  const engineEvents = speech.engine as Partial<EventTarget>;
  engineEvents.addEventListener?.('voiceschanged', fillVoices);

  playPause.addEventListener('click', () => {
    if (narrator.state === 'playing') narrator.pause();
    else narrator.play();
  });
  previous.addEventListener('click', () => narrator.skip(-1));
  next.addEventListener('click', () => narrator.skip(1));
  speed.addEventListener('change', () => narrator.setRate(Number(speed.value) || 1));
  voice.addEventListener('change', () =>
    narrator.setVoice(voices.find((v) => v.name === voice.value) ?? null),
  );

  if (blocks.length === 0) {
    for (const b of [previous, playPause, next]) b.setAttribute('aria-disabled', 'true');
    message.textContent = 'There is no text to read aloud.';
  }

  return {
    element: panel,
    narrator,
    open() {
      panel.hidden = false;
      onStateChange(true);
      narrator.play();
    },
    close() {
      narrator.stop();
      panel.hidden = true;
      onStateChange(false);
    },
    isOpen: () => !panel.hidden,
    dispose() {
      narrator.stop();
      engineEvents.removeEventListener?.('voiceschanged', fillVoices);
    },
  };
}
