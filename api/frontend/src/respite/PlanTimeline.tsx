import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
// vis-timeline sets moment's locale from its `locale` option; the Finnish and Swedish ones must be loaded into the same (ESM) moment.
import 'moment/dist/locale/fi';
import 'moment/dist/locale/sv';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { addDays, localDate } from '../format';
import { label, useLang, useT } from '../i18n';
import { useCodes, type CodeName } from '../i18n/codes';
import type { Client, RespitePlan, Stay, Unit } from '../types';

type ColourBy = 'producer' | 'need';
const NEEDS = ['AUTISM', 'CHALLENGING_BEHAVIOUR', 'EPILEPSY', 'MEDICATION', 'PHYSICAL_CARE', 'TUBE_FEEDING', 'AWAKE_NIGHT', 'AAC'];
const DAY = 24 * 3600 * 1000;
/** vis-timeline's own few words; the axis's month and day names come from moment's locale. */
const TIMELINE_LOCALES = {
  fi: { current: 'nykyinen', time: 'aika', deleteSelected: 'Poista valitut' },
  sv: { current: 'nuvarande', time: 'tid', deleteSelected: 'Radera valda' },
  en: { current: 'current', time: 'time', deleteSelected: 'Delete selected' },
};

/** A night is drawn from noon of its day to noon of the next, so a stay's bar spans check-in to check-out. */
const noon = (iso: string) => new Date(localDate(iso).getTime() + DAY / 2);

/** Every day's number up to six weeks in view, every seventh beyond: a planner counts nights, not weeks. */
function dayLabels(start: Date, end: Date): { scale: 'day'; step: number } {
  return { scale: 'day', step: end.getTime() - start.getTime() <= 45 * DAY ? 1 : 7 };
}

/** The timeline's height: down to the window's bottom edge from where it starts (at least 18 rem), so a laptop shows it whole. */
function fitHeight(container: HTMLElement): number {
  const top = container.getBoundingClientRect().top + window.scrollY;
  return Math.max(18 * 16, window.innerHeight - top - 12);
}

/** Plan data as vis-timeline content, which it renders as HTML (through its XSS filter): escaped here first. */
function text(content: string): string {
  return content.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Units → rooms → beds down the side (nested groups, units collapsible), nights across. */
function groupsOf(plan: RespitePlan, t: ReturnType<typeof useT>, code: CodeName) {
  const groups: Record<string, unknown>[] = [];
  let order = 0;
  for (const unit of plan.units) {
    groups.push({ id: `unit:${unit.id}`, order: order++, treeLevel: 1, className: `unit unit-${unit.producer}`,
      content: text(`${unit.name} (${label(t, unit.producer)})`), nestedGroups: unit.rooms.map((r) => `room:${r.id}`), showNested: true });
    for (const room of unit.rooms) {
      groups.push({ id: `room:${room.id}`, order: order++, treeLevel: 2, className: 'room',
        content: text(`${room.id}${room.features.length ? ' · ' + room.features.map((c) => code(c)).join(', ') : ''}`),
        nestedGroups: room.beds.map((b) => b.id), showNested: true });
      for (const bed of room.beds) {
        groups.push({ id: bed.id, order: order++, treeLevel: 3, className: 'bed', content: text(bed.id.replace(`${room.id}-`, '')) });
      }
    }
  }
  return groups;
}

function closedNightItems(unit: Unit, t: ReturnType<typeof useT>) {
  const items: Record<string, unknown>[] = [];
  unit.rooms.forEach((room) => room.beds.forEach((bed) => {
    [...unit.closedNights, ...bed.closedNights].forEach((range, i) => items.push({
      id: `closed:${bed.id}:${i}:${range.from}`, group: bed.id, type: 'background', className: 'closed',
      start: noon(range.from), end: noon(addDays(range.to, 1)), title: `${t('closedNights')} ${range.from} – ${range.to}`,
    }));
  }));
  return items;
}

function stayClass(stay: Stay, client: Client | undefined, unit: Unit | undefined, colourBy: ColourBy) {
  const colour = colourBy === 'producer' ? `producer-${unit?.producer ?? 'OWN'}`
    : `need-${client?.needs.find((n) => NEEDS.includes(n)) ?? 'NONE'}`;
  return `stay ${colour}${stay.status !== 'REQUESTED' ? ' fixed' : ''}`;
}

/** The plan's timeline; {@code visible} is false while another tab is shown (it stays built, and fits the window again on return). */
export function PlanTimeline({ plan, selected, onSelect, visible }: {
  plan: RespitePlan; selected: string | null; onSelect: (stayId: string | null) => void; visible: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const code = useCodes();
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const items = useRef(new DataSet<Record<string, unknown>>());
  const groups = useRef(new DataSet<Record<string, unknown>>());
  const [colourBy, setColourBy] = useState<ColourBy>('producer');
  const [search, setSearch] = useState('');
  const clients = useMemo(() => new Map(plan.clients.map((c) => [c.id, c])), [plan]);
  const unitOfBed = useMemo(() => new Map(plan.units.flatMap((u) => u.rooms.flatMap((r) => r.beds.map((b) => [b.id, u] as const)))), [plan]);
  const horizonEnd = addDays(plan.horizon.to, 1);
  /** The height the timeline was given last (it follows the window). */
  const height = useRef(0);

  useEffect(() => {
    height.current = fitHeight(container.current!);
    const options: TimelineOptions = {
      stack: false, orientation: 'top', selectable: true, multiselect: false, showCurrentTime: false, verticalScroll: true,
      maxHeight: height.current, zoomMin: 5 * DAY, zoomMax: 200 * DAY, margin: { item: 1, axis: 2 }, groupOrder: 'order',
      start: localDate(plan.horizon.from), end: localDate(horizonEnd),
      min: localDate(addDays(plan.horizon.from, -7)), max: localDate(addDays(horizonEnd, 7)),
      tooltip: { followMouse: true, overflowMethod: 'cap' },
      locale: lang, locales: TIMELINE_LOCALES, timeAxis: dayLabels(localDate(plan.horizon.from), localDate(horizonEnd)),
    };
    const created = new Timeline(container.current!, items.current as never, groups.current as never, options);
    created.on('select', (props: { items: string[] }) => onSelect(props.items[0] ?? null));
    created.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => created.setOptions({ timeAxis: dayLabels(start, end) }));
    // The scrolling panels (bed labels, bars) take keyboard focus, so arrow keys scroll them.
    container.current!.querySelectorAll<HTMLElement>('.vis-panel.vis-left, .vis-panel.vis-center').forEach((panel) => {
      panel.tabIndex = 0;
      panel.setAttribute('aria-label', t('timeline'));
    });
    timeline.current = created;
    const resized = () => {
      height.current = fitHeight(container.current!);
      created.setOptions({ maxHeight: height.current });
    };
    window.addEventListener('resize', resized);
    return () => {
      window.removeEventListener('resize', resized);
      created.destroy();
    };
  }, []);

  useEffect(() => {
    groups.current.update(groupsOf(plan, t, code));
    const next = plan.stays.filter((s) => s.bed && s.arrival).map((stay) => {
      const client = clients.get(stay.client);
      return {
        id: stay.id, group: stay.bed, start: noon(stay.arrival!), end: noon(addDays(stay.arrival!, stay.nights)),
        content: text(client?.name ?? stay.client), className: stayClass(stay, client, unitOfBed.get(stay.bed!), colourBy),
        title: text(`${client?.name ?? ''} (${stay.client}) · ${stay.id} · ${stay.arrival} +${stay.nights} · ${client?.needs.map((c) => code(c)).join(', ') || t('noNeeds')}`),
      };
    });
    const closed = plan.units.flatMap((u) => closedNightItems(u, t));
    const keep = new Set([...next, ...closed].map((i) => i.id));
    // vis-timeline lays out each visible item as it arrives (thousands of reflows on L); with the window parked
    // before the horizon none is visible, and moving back draws them all in one pass.
    const current = timeline.current!;
    const { start, end } = current.getWindow();
    current.setWindow(localDate(addDays(plan.horizon.from, -7)), localDate(addDays(plan.horizon.from, -6)), { animation: false });
    items.current.remove(items.current.getIds().filter((id: string | number) => !keep.has(String(id))));
    items.current.update([...next, ...closed]);
    current.setWindow(start, end, { animation: false });
  }, [plan, colourBy, t, code]);

  useEffect(() => timeline.current?.setOptions({ locale: lang }), [lang]);

  useEffect(() => {
    const fitted = visible ? fitHeight(container.current!) : height.current;
    if (fitted !== height.current) timeline.current?.setOptions({ maxHeight: fitted });
    height.current = fitted;
  }, [visible]);

  useEffect(() => {
    const current = timeline.current;
    if (!current) return;
    const onTimeline = selected && items.current.get(selected);
    current.setSelection(onTimeline ? [selected] : []);
    if (onTimeline) current.focus(selected, { animation: false });
  }, [selected, plan]);

  const zoom = (days: number | 'quarter') => {
    const current = timeline.current!;
    const start = days === 'quarter' ? localDate(plan.horizon.from) : current.getWindow().start;
    const end = days === 'quarter' ? localDate(horizonEnd) : new Date(start.getTime() + days * DAY);
    current.setOptions({ timeAxis: dayLabels(start, end) });
    current.setWindow(start, end, { animation: false });
  };
  const shift = (direction: number) => {
    const { start, end } = timeline.current!.getWindow();
    const step = (end.getTime() - start.getTime()) * 0.8 * direction;
    timeline.current!.setWindow(new Date(start.getTime() + step), new Date(end.getTime() + step), { animation: false });
  };

  const found = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (needle.length < 2) return [];
    return plan.stays.filter((s) => s.id.toLowerCase().includes(needle) || s.client.toLowerCase().includes(needle)
      || (clients.get(s.client)?.name.toLowerCase().includes(needle) ?? false)).slice(0, 12);
  }, [search, plan]);

  return (
    <div class="timeline-view">
      <div class="toolbar row">
        <span role="group" aria-label={t('zoom')}>
          <button type="button" onClick={() => zoom('quarter')}>{t('quarter')}</button>
          <button type="button" onClick={() => zoom(31)}>{t('month')}</button>
          <button type="button" onClick={() => zoom(7)}>{t('week')}</button>
          <button type="button" onClick={() => shift(-1)} aria-label={t('earlier')}>◀</button>
          <button type="button" onClick={() => shift(1)} aria-label={t('later')}>▶</button>
        </span>
        <label class="inline">{t('colourBy')}
          <select value={colourBy} onChange={(e) => setColourBy(e.currentTarget.value as ColourBy)}>
            <option value="producer">{t('producer')}</option>
            <option value="need">{t('need')}</option>
          </select>
        </label>
        <Legend colourBy={colourBy} />
        <label class="inline search">{t('findStay')}
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
      </div>
      {found.length > 0 && (
        <ul class="found" aria-label={t('findStay')}>
          {found.map((s) => (
            <li key={s.id}>
              <button type="button" class="link" onClick={() => onSelect(s.id)}>
                {clients.get(s.client)?.name} · {s.id} · {s.arrival ?? s.requestedArrival} {s.bed ? `· ${s.bed}` : `· ${t('notPlaced')}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div ref={container} class="timeline" data-testid="timeline" />
    </div>
  );
}

function Legend({ colourBy }: { colourBy: ColourBy }) {
  const t = useT();
  const code = useCodes();
  const keys = colourBy === 'producer' ? ['OWN', 'PURCHASED', 'VOUCHER'] : [...NEEDS, 'NONE'];
  return (
    <p class="legend" aria-label={t('legend')}>
      {keys.map((key) => (
        <span key={key} class={`swatch ${colourBy === 'producer' ? 'producer' : 'need'}-${key}`}>
          {colourBy === 'producer' ? label(t, key) : key === 'NONE' ? t('noNeeds') : code(key)}
        </span>
      ))}
      <span class="swatch closed">{t('closedNights')}</span>
    </p>
  );
}
