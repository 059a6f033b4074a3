// @ts-check
// The diagnostics panel page. It renders the state the extension posts with DOM APIs only
// (textContent, never innerHTML): the data is redacted but still untrusted.
(function () {
  /** @type {import('../src/vscode/panelProtocol').PanelPageApi} */
  // @ts-expect-error acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));

  /** @type {any} */
  let state = null;
  /** @type {string | null} */
  let renderedSelectedId = null;

  const saved = vscode.getState();
  if (saved && isState(saved.state)) {
    state = saved.state;
    render();
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'state' || !isState(message.state)) return;
    state = message.state;
    render();
    vscode.setState({ state });
  });

  vscode.postMessage({ type: 'ready' });

  // The extension holds a new incident back while the user is using the panel; tell it when.
  let lastInteractionPost = 0;
  for (const type of ['pointerdown', 'keydown', 'wheel']) {
    window.addEventListener(
      type,
      () => {
        const now = Date.now();
        if (now - lastInteractionPost < 1000) return;
        lastInteractionPost = now;
        vscode.postMessage({ type: 'interacted' });
      },
      { passive: true, capture: true },
    );
  }

  /**
   * The words of the page in the user's language: the extension sends them with the state
   * (vscode.l10n); `{0}` and `{1}` take the arguments.
   * @param {string} text
   * @param {...unknown} args
   */
  function t(text, ...args) {
    const words = state && state.words && typeof state.words === 'object' ? state.words : {};
    const word = typeof words[text] === 'string' ? words[text] : text;
    return word.replace(/\{(\d+)\}/g, (/** @type {string} */ whole, /** @type {string} */ index) =>
      args[Number(index)] === undefined ? whole : String(args[Number(index)]),
    );
  }

  /** @param {any} value */
  function isState(value) {
    return !!value && Array.isArray(value.incidents) && (value.selected === null || typeof value.selected === 'object');
  }

  /**
   * Creates an element. Attributes are set with setAttribute; children are nodes or plain text.
   * @param {string} tag
   * @param {Record<string, string | number | boolean | undefined | null>} [attrs]
   * @param {Array<Node | string | number | null | undefined | false>} [children]
   * @returns {HTMLElement}
   */
  function h(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'object' ? child : String(child));
    }
    return node;
  }

  /** @param {string} name */
  function icon(name) {
    return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
  }

  /**
   * @param {string} iconName
   * @param {string} label
   * @param {string} key stable key to keep focus across renders
   * @param {() => void} onClick
   * @param {boolean} [primary]
   */
  function button(iconName, label, key, onClick, primary) {
    const node = h('button', { type: 'button', class: primary ? 'button primary' : 'button', 'data-focus-key': key }, [icon(iconName), h('span', {}, [label])]);
    node.addEventListener('click', onClick);
    return node;
  }

  /** @param {number | null} status */
  function statusText(status) {
    return typeof status === 'number' ? t('HTTP {0}', status) : t('Unknown');
  }

  /** @param {number} seenAt */
  function timeText(seenAt) {
    const date = new Date(seenAt);
    return isNaN(date.getTime()) ? '' : date.toLocaleTimeString();
  }

  function render() {
    const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute('data-focus-key') : null;
    const oldDetails = document.getElementById('details');
    const detailsScroll = oldDetails ? oldDetails.scrollTop : 0;
    const sameIncident = state.selected && state.selected.id === renderedSelectedId;

    app.replaceChildren();
    app.removeAttribute('aria-busy');
    if (state.incidents.length === 0) {
      app.className = 'layout empty';
      app.append(renderEmpty());
      renderedSelectedId = null;
      return;
    }
    app.className = 'layout';
    app.append(renderList(), renderDetails(state.selected));
    renderedSelectedId = state.selected ? state.selected.id : null;

    const details = document.getElementById('details');
    if (details && sameIncident) details.scrollTop = detailsScroll;
    if (focusKey === 'option') {
      focusSelectedOption();
    } else if (focusKey) {
      const target = app.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
      if (target instanceof HTMLElement) target.focus();
    }
  }

  function renderEmpty() {
    return h('section', { id: 'details', class: 'empty-state', 'aria-labelledby': 'empty-title' }, [
      h('span', { class: 'codicon codicon-shield empty-icon', 'aria-hidden': 'true' }),
      h('h1', { id: 'empty-title' }, [t('No AI access errors in this window')]),
      h('p', {}, [t('This panel explains AI provider errors such as 401, 403 and 404 refusals: what happened, why, and how to fix it.')]),
      h('p', {}, [
        t('Run a script in the terminal or start a debug session. When a call to OpenAI, Replicate or another provider is refused, it shows up here.'),
      ]),
      h('p', { class: 'hint' }, [t('If your terminal has no shell integration, use the command "AI Access Doctor: Run File with Watch".')]),
    ]);
  }

  function renderList() {
    const incidents = state.incidents;
    const selectedId = state.selected ? state.selected.id : null;
    const list = h('ul', { id: 'incident-list', role: 'listbox', 'aria-labelledby': 'list-heading', class: 'incident-list' });
    incidents.forEach((/** @type {any} */ item, /** @type {number} */ index) => {
      const selected = item.id === selectedId;
      const meta = [item.origin, timeText(item.seenAt)].filter(Boolean).join(' · ');
      const option = h(
        'li',
        {
          id: `incident-${index}`,
          role: 'option',
          class: 'incident',
          'aria-selected': selected ? 'true' : 'false',
          tabindex: selected ? '0' : '-1',
          'data-focus-key': 'option',
          'data-index': index,
        },
        [
          icon('error'),
          h('span', { class: 'incident-text' }, [
            h('span', { class: 'incident-title' }, [item.headline || item.title]),
            h('span', { class: 'incident-meta' }, [meta]),
          ]),
        ],
      );
      option.addEventListener('click', () => select(index, true));
      list.append(option);
    });
    if (!incidents.some((/** @type {any} */ item) => item.id === selectedId) && list.firstElementChild) {
      list.firstElementChild.setAttribute('tabindex', '0');
    }
    list.addEventListener('keydown', onListKey);

    return h('nav', { class: 'incidents', 'aria-label': t('Incidents') }, [
      h('div', { class: 'list-header' }, [
        h('h2', { id: 'list-heading' }, [t('Incidents ({0})', incidents.length)]),
        button('clear-all', t('Clear'), 'action:clear', () => vscode.postMessage({ type: 'clear' })),
      ]),
      list,
    ]);
  }

  /** @param {KeyboardEvent} event */
  function onListKey(event) {
    const options = Array.from(document.querySelectorAll('#incident-list [role="option"]'));
    const current = options.findIndex((option) => option.getAttribute('tabindex') === '0');
    let next;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(options.length - 1, current + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = options.length - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const title = document.getElementById('details-title');
        if (title) title.focus();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next !== current) select(next, true);
  }

  /**
   * Marks the option selected at once and asks the extension for its details.
   * @param {number} index
   * @param {boolean} focus
   */
  function select(index, focus) {
    const item = state.incidents[index];
    if (!item) return;
    for (const option of document.querySelectorAll('#incident-list [role="option"]')) {
      const isIt = option.getAttribute('data-index') === String(index);
      option.setAttribute('aria-selected', isIt ? 'true' : 'false');
      option.setAttribute('tabindex', isIt ? '0' : '-1');
      if (isIt && focus && option instanceof HTMLElement) {
        option.focus();
        option.scrollIntoView({ block: 'nearest' });
      }
    }
    if (!state.selected || state.selected.id !== item.id) {
      const details = document.getElementById('details');
      if (details) details.setAttribute('aria-busy', 'true');
      vscode.postMessage({ type: 'select', incidentId: item.id });
    }
  }

  function focusSelectedOption() {
    const option = document.querySelector('#incident-list [role="option"][tabindex="0"]');
    if (option instanceof HTMLElement) option.focus();
  }

  /** @param {any} selected */
  function renderDetails(selected) {
    if (!selected) return h('section', { id: 'details', class: 'details' }, [h('p', {}, [t('Select an incident to see its details.')])]);
    const explanation = selected.explanation || {};
    const id = selected.id;
    const post = (/** @type {import('../src/vscode/panelProtocol').IncidentAction} */ message) =>
      vscode.postMessage(/** @type {import('../src/vscode/panelProtocol').PanelInbound} */ ({ ...message, incidentId: id }));

    const actions = h('div', { class: 'actions', role: 'group', 'aria-label': t('Actions') });
    if (selected.canGoToLine)
      actions.append(button('go-to-file', selected.inNotebookCell ? t('Go to Cell') : t('Go to Line'), 'action:goto', () => post({ type: 'goToLine' }), true));
    actions.append(button('key', t('Verify Token'), 'action:verify', () => post({ type: 'verifyToken' })));
    actions.append(button('copy', t('Copy Trace'), 'action:copy', () => post({ type: 'copyTrace' })));
    const fixes = Array.isArray(selected.fixes) ? selected.fixes : [];
    const fixList = h('ul', { class: 'fix-list', 'aria-label': t('Quick fixes for the failing line') });
    for (const fix of fixes) {
      fixList.append(
        h('li', {}, [button('lightbulb-autofix', String(fix.title), `action:fix:${fix.index}`, () => post({ type: 'applyFix', index: fix.index }))]),
      );
    }

    const facts = h('dl', { class: 'facts' }, [
      h('dt', {}, [t('Status')]),
      h('dd', {}, [statusText(selected.status)]),
      h('dt', {}, [t('Error class')]),
      h('dd', {}, [h('code', {}, [selected.errorClass])]),
      h('dt', {}, [t('Model')]),
      h('dd', {}, [selected.model ? h('code', {}, [selected.model]) : t('Not named in the trace')]),
      h('dt', {}, [t('Provider')]),
      h('dd', {}, [selected.providerName]),
      h('dt', {}, [t('Seen')]),
      h('dd', {}, [[selected.origin, timeText(selected.seenAt)].filter(Boolean).join(' · ')]),
    ]);

    return h('section', { id: 'details', class: 'details', 'aria-labelledby': 'details-title' }, [
      renderNotice(state.notice),
      h('header', { class: 'details-header' }, [
        h('p', { class: 'eyebrow' }, [h('code', { class: 'cause-id', title: t('Cause') }, [selected.cause]), h('span', {}, [selected.providerName])]),
        h('h1', { id: 'details-title', tabindex: '-1' }, [explanation.title || selected.title]),
        actions,
      ]),
      fixes.length ? section(t('Quick fixes'), [fixList]) : null,
      section(t('What happened'), [facts, h('h3', {}, [t('Provider message')]), codeBlock(selected.message, 'message'), renderFrames(selected, post)]),
      section(t('Why it happens'), [h('p', {}, [explanation.why])]),
      section(t('How to detect it'), [h('p', {}, [explanation.detection])]),
      section(t('Causes and fixes'), [renderCauses(explanation.causes)]),
      section(t('Broken vs fixed code'), renderCode(explanation.code, selected.codeLanguage)),
      section(t('Workaround'), [h('p', {}, [explanation.workaround])]),
      section(t('Prevention'), [h('p', {}, [explanation.prevention])]),
    ]);
  }

  /**
   * A newer incident than the one shown, held back while the user was using the panel.
   * @param {any} notice
   */
  function renderNotice(notice) {
    if (!notice || typeof notice.incidentId !== 'string') return null;
    const show = button('arrow-right', t('Show'), 'action:notice', () => {
      const index = state.incidents.findIndex((/** @type {any} */ item) => item.id === notice.incidentId);
      if (index >= 0) select(index, false);
    });
    return h('div', { class: 'notice', role: 'status' }, [
      icon('bell-dot'),
      h('span', { class: 'notice-text' }, [t('New incident: {0}', String(notice.headline || ''))]),
      show,
    ]);
  }

  /**
   * @param {string} title
   * @param {Array<Node | null>} children
   */
  function section(title, children) {
    return h('section', { class: 'block' }, [h('h2', {}, [title]), ...children]);
  }

  /**
   * @param {unknown} text
   * @param {string} [language]
   */
  function codeBlock(text, language) {
    return h('pre', { class: `code ${language || ''}`.trim(), tabindex: '0' }, [h('code', {}, [String(text ?? '')])]);
  }

  /**
   * @param {any} selected
   * @param {(message: import('../src/vscode/panelProtocol').IncidentAction) => void} post
   */
  function renderFrames(selected, post) {
    const frames = Array.isArray(selected.frames) ? selected.frames : [];
    if (frames.length === 0) return h('p', { class: 'muted' }, [t('The trace lists no stack frames.')]);
    const list = h('ol', { class: 'frames', 'aria-label': t('Stack frames, innermost last') });
    frames.forEach((/** @type {any} */ frame, /** @type {number} */ index) => {
      const label = `${frame.display || frame.file}:${frame.line}`;
      const openable = typeof frame.file === 'string' && !/^(node:|<)/.test(frame.file);
      let target;
      if (openable) {
        target = h('a', { href: '#', class: 'frame-link', 'data-focus-key': `frame:${index}`, title: t('Open {0}', label) }, [label]);
        target.addEventListener('click', (event) => {
          event.preventDefault();
          post({ type: 'openFrame', frameIndex: index });
        });
      } else {
        target = h('span', { class: 'frame-file' }, [label]);
      }
      list.append(
        h('li', { class: frame.userFrame ? 'frame user-frame' : 'frame' }, [
          frame.userFrame ? icon('debug-stackframe') : icon('blank'),
          target,
          frame.function ? h('span', { class: 'frame-function' }, [' in ', h('code', {}, [frame.function])]) : null,
          frame.userFrame ? h('span', { class: 'badge' }, [t('Your code')]) : null,
        ]),
      );
    });
    return h('div', {}, [h('h3', {}, [t('Stack frames')]), list]);
  }

  /** @param {unknown} causes */
  function renderCauses(causes) {
    const list = h('ol', { class: 'causes' });
    for (const item of Array.isArray(causes) ? causes : []) {
      list.append(
        h('li', {}, [
          h('p', { class: 'cause' }, [item.cause]),
          h('p', { class: 'fix' }, [icon('check'), h('span', { class: 'fix-label' }, [t('Fix: ')]), item.fix]),
        ]),
      );
    }
    return list;
  }

  /**
   * Broken and fixed code in the failing file's language; the other languages behind a toggle.
   * @param {any} code
   * @param {string} primary 'python' | 'javascript'
   */
  function renderCode(code, primary) {
    const names = { python: 'Python', javascript: 'JavaScript' };
    const keys = Object.keys(names).filter((key) => code && code[key]);
    if (keys.length === 0) return [h('p', { class: 'muted' }, [t('No code sample for this provider yet.')])];
    const first = keys.includes(primary) ? primary : keys[0];
    const parts = [codePair(code[first], first)];
    const others = keys.filter((key) => key !== first);
    if (others.length) {
      const label = others.map((key) => /** @type {any} */ (names)[key]).join(', ');
      parts.push(
        h('details', { class: 'other-languages' }, [
          h('summary', { 'data-focus-key': 'other-languages' }, [t('Show in {0}', label)]),
          ...others.flatMap((key) => [h('h3', {}, [/** @type {any} */ (names)[key]]), codePair(code[key], key)]),
        ]),
      );
    }
    return parts;
  }

  /**
   * @param {{ broken: string, fixed: string }} pair
   * @param {string} language
   */
  function codePair(pair, language) {
    return h('div', { class: 'code-pair' }, [
      h('figure', { class: 'broken' }, [h('figcaption', {}, [icon('close'), ' ', t('Broken')]), markedBlock(pair.broken, pair.fixed, language, 'removed')]),
      h('figure', { class: 'fixed' }, [h('figcaption', {}, [icon('check'), ' ', t('Fixed')]), markedBlock(pair.fixed, pair.broken, language, 'changed')]),
    ]);
  }

  /**
   * Code that wraps (never clipped) with the lines that differ from `other` highlighted.
   * @param {unknown} text
   * @param {unknown} other
   * @param {string} language
   * @param {'removed' | 'changed'} mark
   */
  function markedBlock(text, other, language, mark) {
    const theirs = new Set(
      String(other ?? '')
        .split('\n')
        .map((line) => line.trim()),
    );
    const code = h('code', {});
    for (const line of String(text ?? '').split('\n')) {
      const differs = line.trim() !== '' && !theirs.has(line.trim());
      code.append(h('span', { class: differs ? `line ${mark}` : 'line' }, [line || ' ']));
    }
    return h('pre', { class: `code pair ${language}`, tabindex: '0' }, [code]);
  }
})();
