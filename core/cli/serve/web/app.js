// skillmatch web page: uploads go to this server only; nothing is stored.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { token: sessionStorage.getItem('skillmatch-token') || '' };

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) node.append(child);
  return node;
}

function setStatus(message, kind) {
  const status = $('status');
  status.textContent = message;
  status.className = 'status' + (kind ? ' ' + kind : '');
}

async function api(path, options) {
  const headers = Object.assign({}, (options && options.headers) || {});
  if (state.token) headers.Authorization = 'Bearer ' + state.token;
  const response = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (response.status === 401) {
    $('token-box').hidden = false;
    $('token').focus();
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : 'the server answered ' + response.status;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

// ---- inputs -----------------------------------------------------------------------

function wireDrop(zoneId, inputId, nameId) {
  const zone = $(zoneId), input = $(inputId), name = $(nameId);
  const show = () => {
    const file = input.files && input.files[0];
    name.textContent = file ? 'Chosen: ' + file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)' : '';
    zone.classList.toggle('has-file', !!file);
  };
  input.addEventListener('change', show);
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
  // The label opens the file dialog on click; keyboard users reach the input itself.
  show();
}

function targetKind() {
  return document.querySelector('input[name="target"]:checked').value;
}

function showTarget() {
  const role = targetKind() === 'role';
  $('role-inputs').hidden = !role;
  $('posting-inputs').hidden = role;
}

async function loadRoles() {
  const select = $('role-select');
  try {
    const roles = await api('api/roles');
    select.replaceChildren(el('option', { value: '', text: 'Choose a role…' }));
    for (const role of roles) select.append(el('option', { value: role.id, text: role.name }));
  } catch (error) {
    select.replaceChildren(el('option', { value: '', text: 'Roles unavailable: ' + error.message }));
  }
}

// ---- matching ---------------------------------------------------------------------

async function onSubmit(event) {
  event.preventDefault();
  if (!$('token-box').hidden) {
    state.token = $('token').value.trim();
    sessionStorage.setItem('skillmatch-token', state.token);
  }
  const resume = $('resume-file').files[0];
  if (!resume) {
    setStatus('Choose your resume file first.', 'error');
    $('resume-file').focus();
    return;
  }
  const form = new FormData();
  form.append('resume', resume, resume.name);
  if (targetKind() === 'role') {
    const role = $('role-select').value;
    if (!role) {
      setStatus('Choose a role, or match against a posting.', 'error');
      $('role-select').focus();
      return;
    }
    form.append('role', role);
  } else {
    const file = $('posting-file').files[0];
    const text = $('posting-text').value.trim();
    if (file) form.append('posting', file, file.name);
    else if (text) form.append('posting_text', text);
    else {
      setStatus('Add the job posting (a file or pasted text), or choose a role.', 'error');
      $('posting-text').focus();
      return;
    }
  }

  const button = $('match-button');
  button.disabled = true;
  setStatus('Reading and matching…');
  try {
    let result;
    try {
      result = await api('api/match?text=1', { method: 'POST', body: form });
    } catch (error) {
      if (error.status !== 501) throw error;
      // A server without matching still shows the skills found in the resume.
      const extract = new FormData();
      extract.append('file', resume, resume.name);
      const extraction = await api('api/extract?text=1', { method: 'POST', body: extract });
      result = { resume_documents: extraction.documents, unavailable: error.message };
    }
    render(result);
    setStatus(result.unavailable ? 'Skills found; matching is unavailable: ' + result.unavailable
                                 : 'Done: score ' + result.score + ' out of 100.', result.unavailable ? 'error' : 'ok');
  } catch (error) {
    setStatus(error.message, 'error');
  } finally {
    button.disabled = false;
  }
}

// ---- results ----------------------------------------------------------------------

const strengthWords = {
  demonstrated: 'shown in work or projects',
  listed: 'listed in a Skills section',
  summary: 'in a summary only',
  implied: 'implied by another skill',
  none: 'no evidence',
};

function months(count) {
  if (!count) return 'no dated work';
  const years = Math.floor(count / 12), rest = count % 12;
  const parts = [];
  if (years) parts.push(years + (years === 1 ? ' year' : ' years'));
  if (rest) parts.push(rest + (rest === 1 ? ' month' : ' months'));
  return parts.join(' ') + ' (' + count + ' months)';
}

function chip(verdict) {
  const years = verdict.required_years ? ', ' + verdict.required_years + '+ years asked' : '';
  const detail = verdict.credit > 0 ? strengthWords[verdict.strength] || verdict.strength : 'not found';
  return el('li', { title: verdict.name + ': ' + detail + years }, verdict.name);
}

function fillList(id, items, empty) {
  const list = $(id);
  list.replaceChildren(...(items.length ? items.map(chip) : [el('li', { class: 'none', text: empty })]));
}

function render(result) {
  $('results').hidden = false;
  const verdicts = (result.matched || []).concat(result.missing || []);
  const asked = new Map(verdicts.map((v) => [v.skill, v]));

  $('score').textContent = result.score !== undefined ? String(result.score) : '–';
  const target = result.target || {};
  $('target-name').textContent = result.unavailable ? result.unavailable
    : 'against ' + (target.type === 'role' ? 'the role ' + target.name : 'the posting “' + (target.title || target.source) + '”');

  const facts = $('facts');
  facts.replaceChildren();
  const fact = (term, value) => facts.append(el('dt', { text: term }), el('dd', { text: value }));
  if (result.required) fact('Required skills met', result.required.met + ' of ' + result.required.total);
  if (result.preferred) fact('Preferred skills met', result.preferred.met + ' of ' + result.preferred.total);
  if (result.band) fact('Fit', result.band + ' (strong 75+, possible 50-75, weak below 50)');
  if (result.title_match && result.title_match.matched) {
    fact('Title match', Math.round(result.title_match.score * 100) + '% (' + result.title_match.matched + ')');
  }
  const resume = result.resume || {};
  if (resume.undated_work) fact('Dated experience', 'entries found, but no date could be read');
  else if (result.experience_months !== undefined) fact('Dated experience', months(result.experience_months));
  if (result.overall_years_required) {
    fact('Years asked overall', result.overall_years_required + '+');
    if (result.relevant_experience_months !== undefined) {
      const roles = (result.relevant_positions || []).map((p) => p.heading).join('; ');
      fact('Relevant to this posting', months(result.relevant_experience_months) + (roles ? ' (' + roles + ')' : ''));
    }
  }

  const breakdown = $('breakdown');
  breakdown.replaceChildren();
  if (result.groups && result.groups.length) {
    const table = el('table', { class: 'groups' },
      el('caption', { text: 'Score by requirement group' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Group' }), el('th', { scope: 'col', text: 'Level' }),
                                 el('th', { scope: 'col', text: 'Score' }))));
    const body = el('tbody');
    for (const group of result.groups) {
      const bar = el('span', { class: 'bar' });
      bar.style.width = Math.max(0, Math.min(100, group.score)) + '%';  // CSSOM: allowed by the CSP
      body.append(el('tr', {}, el('th', { scope: 'row', text: group.name }), el('td', { text: group.level }),
                     el('td', {}, el('span', { class: 'meter', 'aria-hidden': 'true' }, bar), ' ' + group.score + '%')));
    }
    table.append(body);
    breakdown.append(table);
  }

  const by = (level, met) => verdicts.filter((v) => v.level === level && (v.credit > 0) === met);
  fillList('required-met', by('required', true), 'none');
  fillList('required-missing', by('required', false), 'none: every required skill is shown');
  fillList('preferred-met', by('preferred', true), 'none');
  fillList('preferred-missing', by('preferred', false), 'none');
  const short = result.years_short || [];
  $('years-short').replaceChildren(...(short.length
    ? short.map((v) => el('li', { text: v.name + ': ' + v.required_years + '+ years asked, ' +
        (v.months ? months(v.months) + ' shown' : 'not shown in a dated role') }))
    : [el('li', { class: 'none', text: result.score !== undefined ? 'none' : '–' })]));
  const suggestions = result.suggestions || [];
  $('suggestions').replaceChildren(...(suggestions.length
    ? suggestions.map((s) => el('li', { text: s }))
    : [el('li', { class: 'none', text: result.score !== undefined ? 'Nothing to change: well matched.' : '–' })]));

  const profile = new Map((result.resume_skills || []).map((s) => [s.id, s]));
  renderResume(result.resume_documents || [], asked, profile);
  $('results').focus();
}

// Offsets are UTF-8 byte offsets into the text; slice the bytes, decode each piece.
function renderResume(documents, asked, profile) {
  const container = $('resume-text');
  container.replaceChildren();
  const encoder = new TextEncoder(), decoder = new TextDecoder();
  for (const documentJson of documents) {
    const bytes = encoder.encode(documentJson.text || '');
    const marks = [];
    for (const skill of documentJson.skills || []) {
      for (const mention of skill.mentions || []) marks.push({ skill, mention });
    }
    marks.sort((a, b) => a.mention.offset - b.mention.offset);
    const pre = el('pre', { class: 'text' });
    let at = 0;
    for (const { skill, mention } of marks) {
      if (mention.offset < at) continue;  // overlapping: keep the first
      pre.append(decoder.decode(bytes.subarray(at, mention.offset)));
      const evidence = profile.get(skill.id);
      const verdict = asked.get(skill.id);
      const strength = evidence ? evidence.strength : '';
      const classes = ['skill', strength ? 's-' + strength : '', verdict ? 'asked' : '', mention.negated ? 'negated' : '']
        .filter(Boolean).join(' ');
      const mark = el('mark', {
        class: classes, tabindex: '0', 'data-skill': skill.id,
        'aria-label': decoder.decode(bytes.subarray(mention.offset, mention.offset + mention.length)) + ': ' + skill.name,
      }, decoder.decode(bytes.subarray(mention.offset, mention.offset + mention.length)));
      mark.skillInfo = { skill, mention, evidence, verdict };
      pre.append(mark);
      at = mention.offset + mention.length;
    }
    pre.append(decoder.decode(bytes.subarray(at)));
    if (documents.length > 1) container.append(el('h4', { text: documentJson.title || documentJson.source }));
    container.append(pre);
  }
}

function tipText(info) {
  const lines = [info.skill.name + ' · ' + info.skill.category];
  if (info.mention.negated) lines.push('negated here ("no experience with…"): not counted');
  if (info.evidence) {
    lines.push('evidence: ' + (strengthWords[info.evidence.strength] || info.evidence.strength));
    lines.push('months: ' + months(info.evidence.months) + (info.evidence.last_used ? ', last used ' + info.evidence.last_used : ''));
  }
  if (info.verdict) {
    lines.push('the job ' + (info.verdict.level === 'required' ? 'requires' : 'prefers') + ' it' +
               (info.verdict.required_years ? ' (' + info.verdict.required_years + '+ years)' : ''));
  }
  if (info.mention.section) lines.push('section: ' + info.mention.section);
  return lines;
}

function showTip(mark) {
  if (!mark.skillInfo) return;
  const tip = $('tip');
  tip.replaceChildren(...tipText(mark.skillInfo).map((line, i) => el(i ? 'span' : 'strong', { text: line })));
  tip.hidden = false;
  mark.setAttribute('aria-describedby', 'tip');
  const box = mark.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  tip.style.maxWidth = width + 'px';
  const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - width - 8));
  tip.style.left = left + 'px';
  tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
}

function hideTip(mark) {
  $('tip').hidden = true;
  if (mark) mark.removeAttribute('aria-describedby');
}

// ---- start ------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  wireDrop('resume-drop', 'resume-file', 'resume-name');
  wireDrop('posting-drop', 'posting-file', 'posting-name');
  for (const radio of document.querySelectorAll('input[name="target"]')) radio.addEventListener('change', showTarget);
  showTarget();
  $('match-form').addEventListener('submit', onSubmit);
  $('token').value = state.token;
  $('token').addEventListener('change', () => {
    state.token = $('token').value.trim();
    sessionStorage.setItem('skillmatch-token', state.token);
    loadRoles();
  });
  const text = $('resume-text');
  text.addEventListener('mouseover', (e) => { if (e.target.matches('mark.skill')) showTip(e.target); });
  text.addEventListener('mouseout', (e) => { if (e.target.matches('mark.skill')) hideTip(e.target); });
  text.addEventListener('focusin', (e) => { if (e.target.matches('mark.skill')) showTip(e.target); });
  text.addEventListener('focusout', (e) => { if (e.target.matches('mark.skill')) hideTip(e.target); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(document.activeElement); });
  loadRoles();
});
