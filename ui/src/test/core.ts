// A fake core for component tests: mockIPC answers the app's commands from a few fixtures and
// records every call, so tests can check what the UI asked for.
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Activity,
  ActivityDue,
  Agreement,
  AgreementSection,
  AppState,
  AwardCatalogs,
  BackupInfo,
  CatalogEntry,
  Catalogs,
  CertificateEntry,
  CertificateTemplate,
  Dashboard,
  DeclinedName,
  Fulfilment,
  HeldEvent,
  MonthReport,
  Nomination,
  NominationInput,
  Organisation,
  Partner,
  PartnerImportPreview,
  PartnerImportRow,
  PartnerMapping,
  PartnerSummary,
  Plan,
  PlanImportPreview,
  PlanImportRow,
  PlanMapping,
  PlanRow,
  PlanSheet,
  SchoolYear,
  TrashItem,
  YearSummary,
} from '../lib/api';

function entry(
  id: number,
  list: CatalogEntry['list'],
  code: string,
  ru: string,
  kk: string,
  en: string,
  internal = false,
): CatalogEntry {
  return { id, list, code, builtin: true, name: { ru, kk, en }, internal };
}

export const catalogs: Catalogs = {
  categories: [
    entry(1, 'category', 'parents', 'Родительская общественность', 'Ата-аналар қауымы', 'Parents', true),
    entry(2, 'category', 'education', 'Образовательные организации', 'Білім беру ұйымдары', 'Educational organisations'),
    entry(3, 'category', 'culture', 'Учреждения культуры', 'Мәдениет мекемелері', 'Cultural institutions'),
  ],
  directions: [
    entry(11, 'direction', 'educational', 'Образовательное', 'Білім беру', 'Educational'),
    entry(12, 'direction', 'patriotic', 'Патриотическое', 'Патриоттық', 'Patriotic'),
  ],
  forms: [
    entry(21, 'form', 'joint-events', 'Совместные мероприятия', 'Бірлескен іс-шаралар', 'Joint events'),
    entry(22, 'form', 'excursions', 'Экскурсии', 'Экскурсиялар', 'Excursions'),
  ],
};

export function partner(id: number, overrides: Partial<Partner> = {}): Partner {
  return {
    id,
    name: `Средняя школа № ${id}`,
    short_name: `СШ ${id}`,
    category_id: 2,
    internal: false,
    direction_ids: [11],
    form_ids: [21, 22],
    address: 'г. Алматы, ул. Абая, 1',
    phones: '+7 727 000 00 00',
    email: 'school@edu.kz',
    website: 'school.edu.kz',
    notes: '',
    contacts: [
      { id: 1, name: 'Айгерим Сейітқызы', position: 'Директор', phone: '', email: '' },
      { id: 2, name: 'Иванов Пётр', position: 'Завуч', phone: '', email: '' },
    ],
    created_at: '2026-11-01T09:00:00Z',
    updated_at: '2026-11-20T09:00:00Z',
    archived_at: null,
    ...overrides,
  };
}

export function summary(p: Partner): PartnerSummary {
  return {
    id: p.id,
    name: p.name,
    short_name: p.short_name,
    category_id: p.category_id,
    internal: p.internal,
    contact: p.contacts[0]?.name ?? '',
    contact_count: p.contacts.length,
    phones: p.phones,
    email: p.email,
    updated_at: p.updated_at,
    archived: p.archived_at !== null,
  };
}

/** The day the tests take as today (the core's, as the app state tells it). */
export const TODAY = '2026-11-29';

/** The school year from 1 September of `start`, as the app state gives it. */
export function schoolYearFrom(start: number): SchoolYear {
  return { code: `${start}-${start + 1}`, start_year: start, first_day: `${start}-09-01`, last_day: `${start + 1}-08-31` };
}

export function appState(overrides: Partial<AppState> = {}): AppState {
  return {
    db_path: '/home/user/.local/share/partnerdesk/partnerdesk.db',
    open_error: null,
    language: 'ru',
    first_run: false,
    version: '0.1.0',
    today: TODAY,
    school_year: schoolYearFrom(2026),
    ...overrides,
  };
}

export function agreement(id: number, overrides: Partial<Agreement> = {}): Agreement {
  return {
    id,
    partner_id: 1,
    partner_name: 'Средняя школа № 1',
    register_number: `${id}/2026`,
    partner_number: '',
    number: `${id}/2026`,
    title: '',
    language: 'ru',
    signed_on: '2026-09-01',
    valid_from: '2026-09-01',
    valid_to: '2027-08-31',
    partner_position: { ru: 'Директор', kk: 'Директор', en: 'Director' },
    partner_head: { ru: 'А. С. Сейітова', kk: 'А. С. Сейітова', en: 'A. S. Seitova' },
    partner_in_person: {
      ru: 'директора Сейітовой Айгерим',
      kk: 'директор Айгерим Сейітова',
      en: 'Director Aigerim Seitova',
    },
    terminated_on: null,
    renews_id: null,
    renewed_by_id: null,
    has_scan: false,
    notes: '',
    status: 'active',
    days_left: null,
    created_at: '2026-09-01T09:00:00Z',
    updated_at: '2026-09-01T09:00:00Z',
    ...overrides,
  };
}

/** A short agreement text: the preamble and two numbered sections, one clause edited. */
export function agreementText(lang: string): AgreementSection[] {
  const edited = lang === 'ru';
  return [
    { id: 'preamble', title: '', clauses: [{ id: 'agreement-preamble', text: `Преамбула (${lang})`, edited: false }] },
    {
      id: 'subject',
      title: 'ПРЕДМЕТ ДОГОВОРА',
      clauses: [
        { id: 'agreement-subject-1', text: `Предмет 1 (${lang})`, edited },
        { id: 'agreement-subject-2', text: `Предмет 2 (${lang})`, edited: false },
      ],
    },
    {
      id: 'general',
      title: 'ОБЩИЕ ПОЛОЖЕНИЯ',
      clauses: [{ id: 'agreement-general-1', text: `Положение 1 (${lang})`, edited: false }],
    },
  ];
}

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    full_name: {
      ru: 'КГКП «Центр детского творчества»',
      kk: '«Балалар шығармашылығы орталығы» КМҚК',
      en: 'Children’s Creativity Centre',
    },
    short_name: { ru: 'ЦДТ', kk: 'БШО', en: 'CCC' },
    head_position: { ru: 'Директор', kk: 'Директор', en: 'Director' },
    head_name: { ru: 'М. П. Иванова', kk: 'М. П. Иванова', en: 'M. P. Ivanova' },
    head_in_person: { ru: 'директора Ивановой Марии Петровны', kk: 'директор Иванова Мария Петровна', en: 'Director Maria Ivanova' },
    address: { ru: 'ул. Абая, 1', kk: 'Абай к-сі, 1', en: '1 Abay St' },
    city: { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' },
    bin: '123456789012',
    bank_details: '',
    phone: '+7 727 000 00 00',
    email: 'cdt@edu.kz',
    agreement_number_pattern: '{n}/{yyyy}',
    agreement_start_number: 1,
    pupil_count: 0,
    certificate_number_pattern: '{n}/{yyyy}',
    has_logo: false,
    has_stamp: true,
    has_signature: false,
    ...overrides,
  };
}

/** A backup in the folder beside the database, taken at local time `taken_at`. */
export function backup(taken_at: string, kind: BackupInfo['kind'], size_bytes = 350_000): BackupInfo {
  const stamp = taken_at.replaceAll('-', '').replaceAll(':', '').replace('T', '-');
  const file_name = `partnerdesk-${stamp}-${kind}.sqlite3`;
  return { file_name, path: `/home/user/.local/share/partnerdesk/backups/${file_name}`, taken_at, kind, size_bytes };
}

/** As the core counts it: `percent` is held of expected, rounded (100 when nothing is expected). */
export function fulfilment(held: number, expected: number, due = held): Fulfilment {
  const percent = expected === 0 ? 100 : Math.round((held * 100) / expected);
  return { held, expected, due, percent };
}

/** A school-year plan 2026–2027. */
export function plan(id: number, overrides: Partial<Plan> = {}): Plan {
  return {
    id,
    kind: 'school',
    period: '2026-2027',
    start_year: 2026,
    first_day: '2026-09-01',
    last_day: '2027-08-31',
    title: '',
    approver_position: '',
    approver_name: '',
    approved_on: null,
    approval_order: '',
    rows: 2,
    fulfilment: fulfilment(1, 4, 2),
    created_at: '2026-08-20T09:00:00Z',
    updated_at: '2026-08-20T09:00:00Z',
    ...overrides,
  };
}

export function activity(id: number, rowId: number, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    row_id: rowId,
    title: `Мероприятие ${id}`,
    form_id: 22,
    period: { kind: 'months', ranges: [{ from: 10, to: 10 }] },
    period_label: { ru: 'Октябрь', kk: 'Қазан', en: 'October' },
    status: 'planned',
    fulfilment: fulfilment(0, 1, 0),
    event_ids: [],
    held_on: [],
    ...overrides,
  };
}

export function planRow(id: number, overrides: Partial<PlanRow> = {}): PlanRow {
  return {
    id,
    plan_id: 1,
    partner_id: 1,
    partner_name: 'Средняя школа № 1',
    group_id: 2,
    goal: 'Профориентация учащихся',
    responsible: 'Методист',
    social_effect: '',
    activities: [activity(id * 10 + 1, id)],
    fulfilment: fulfilment(0, 1, 0),
    ...overrides,
  };
}

/** A plan of two headings: a school with two activities (one held), a museum with one. */
export function planSheet(id = 1, overrides: Partial<Plan> = {}): PlanSheet {
  const school = planRow(1, {
    activities: [
      activity(11, 1, {
        title: 'Экскурсия «Мир профессий»',
        status: 'done',
        fulfilment: fulfilment(1, 1),
        event_ids: [501],
        held_on: ['2026-10-14'],
      }),
      activity(12, 1, {
        title: 'Мастер-класс',
        form_id: null,
        period: { kind: 'times', count: 2 },
        period_label: { ru: '2 раза в год', kk: 'Жылына 2 рет', en: '2 times a year' },
        fulfilment: fulfilment(0, 2, 0),
      }),
    ],
    fulfilment: fulfilment(1, 3),
  });
  const museum = planRow(2, {
    partner_id: 3,
    partner_name: 'Городской музей',
    group_id: 3,
    goal: '',
    activities: [activity(21, 2, { title: 'Выставка', status: 'overdue', fulfilment: fulfilment(0, 1, 1) })],
    fulfilment: fulfilment(0, 1, 1),
  });
  return {
    plan: plan(id, overrides),
    groups: [
      {
        id: 2,
        name: { ru: 'Образовательные организации', kk: 'Білім беру ұйымдары', en: 'Educational organisations' },
        rows: [school],
        fulfilment: school.fulfilment,
      },
      {
        id: 3,
        name: { ru: 'Учреждения культуры', kk: 'Мәдениет мекемелері', en: 'Cultural institutions' },
        rows: [museum],
        fulfilment: museum.fulfilment,
      },
    ],
  };
}

export function heldEvent(id: number, overrides: Partial<HeldEvent> = {}): HeldEvent {
  return {
    id,
    held_on: '2026-10-14',
    time: '10:00',
    partner_id: 1,
    partner_name: 'Средняя школа № 1',
    activity_id: 11,
    activity_title: 'Экскурсия «Мир профессий»',
    title: 'Экскурсия «Мир профессий»',
    form_id: 22,
    place: 'Школа № 1',
    participants: { children: 25, parents: 4, teachers: 2, others: 0 },
    ages: '10–12 лет',
    by_parents: false,
    responsible: 'Иванова М. П.',
    result: '',
    media_link: '',
    photos: [],
    created_at: '2026-10-14T12:00:00Z',
    updated_at: '2026-10-14T12:00:00Z',
    ...overrides,
  };
}

export function activityDue(activityId: number, overrides: Partial<ActivityDue> = {}): ActivityDue {
  return {
    plan_id: 1,
    period: '2026-2027',
    activity_id: activityId,
    partner_id: 3,
    partner_name: 'Городской музей',
    title: `Мероприятие ${activityId}`,
    activity_period: { kind: 'months', ranges: [{ from: 11, to: 11 }] },
    period_label: { ru: 'Ноябрь', kk: 'Қараша', en: 'November' },
    status: 'due',
    fulfilment: fulfilment(0, 1, 0),
    ...overrides,
  };
}

export function monthReport(overrides: Partial<MonthReport> = {}): MonthReport {
  return {
    year: 2026,
    month: 10,
    lines: [
      {
        event_id: 501,
        partner: 'Средняя школа № 1',
        title: 'Экскурсия «Мир профессий»',
        form: 'Экскурсии',
        held_on: '2026-10-14',
        time: '10:00',
        place: 'Школа № 1',
        participants: { children: 25, parents: 4, teachers: 2, others: 0 },
        ages: '10–12 лет',
        responsible: 'Иванова М. П.',
        media_link: 'https://school1.edu.kz/news/12',
      },
      {
        event_id: 502,
        partner: 'Городской музей',
        title: 'Выставка рисунков',
        form: '',
        held_on: '2026-10-20',
        time: '',
        place: '',
        participants: { children: 0, parents: 0, teachers: 0, others: 0 },
        ages: '',
        responsible: '',
        media_link: '',
      },
    ],
    participants: { children: 25, parents: 4, teachers: 2, others: 0 },
    ...overrides,
  };
}

export function yearSummary(overrides: Partial<YearSummary> = {}): YearSummary {
  const months = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((month) => ({
    year: month >= 9 ? 2026 : 2027,
    month,
    planned: month === 10 ? 2 : 0,
    held: month === 10 ? 1 : 0,
    participants: { children: 0, parents: 0, teachers: 0, others: 0 },
  }));
  return {
    period: '2026-2027',
    months,
    partners: [
      {
        partner_id: 1,
        partner_name: 'Средняя школа № 1',
        category: { ru: 'Образовательные организации', kk: 'Білім беру ұйымдары', en: 'Educational organisations' },
        held: 1,
        fulfilment: fulfilment(1, 3),
      },
    ],
    fulfilment: fulfilment(1, 4, 2),
    events: 2,
    participants: { children: 25, parents: 4, teachers: 2, others: 0 },
    events_with_parents: 1,
    events_with_parents_percent: 50,
    events_by_parents: 1,
    pupils: 0,
    by_parents_per_100_pupils: null,
    ...overrides,
  };
}

/**
 * The start page's dashboard of the school year 2026–2027 on TODAY: nothing needs attention;
 * two events held in October (one planned), partners in two categories, the plan's two
 * headings a third and none fulfilled.
 */
export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  const months = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((month) => ({
    year: month >= 9 ? 2026 : 2027,
    month,
    planned: month === 10 ? 2 : month === 3 ? 1 : 0,
    held: month === 10 ? 2 : 0,
    participants: { children: 0, parents: 0, teachers: 0, others: 0 },
  }));
  return {
    attention: { expiring: [], overdue: [], due_this_month: [], unprinted: [] },
    period: '2026-2027',
    periods: ['2026-2027', '2025-2026'],
    has_plan: true,
    months,
    partners_by_category: [
      { category_id: 2, name: catalogs.categories[1].name, partners: 5 },
      { category_id: 3, name: catalogs.categories[2].name, partners: 2 },
    ],
    fulfilment_by_category: [
      { category_id: 2, name: catalogs.categories[1].name, fulfilment: fulfilment(1, 3) },
      { category_id: 3, name: catalogs.categories[2].name, fulfilment: fulfilment(0, 1, 1) },
    ],
    participants: { children: 25, parents: 4, teachers: 2, others: 0 },
    events: 2,
    fulfilment: fulfilment(1, 4, 2),
    ...overrides,
  };
}

/** A row of a plan file as the core reads it for the import preview. */
export function importRow(line: number, overrides: Partial<PlanImportRow> = {}): PlanImportRow {
  return {
    line,
    group: 'Образовательные организации',
    partner: 'Средняя школа № 1',
    partner_id: 1,
    goal: 'Профориентация',
    responsible: 'Методист',
    social_effect: '',
    activities: [
      { title: 'Экскурсия', period: { kind: 'months', ranges: [{ from: 10, to: 10 }] }, period_text: 'Октябрь', period_unread: false },
    ],
    issues: [],
    accepted: true,
    ...overrides,
  };
}

/**
 * A preview of a five-column file (№, partner, activities, period, responsible) with a header:
 * one row of a partner in the register, one of a new partner whose period was not understood,
 * and one refused for want of a partner.
 */
export function importPreview(overrides: Partial<PlanImportPreview> = {}): PlanImportPreview {
  const mapping: PlanMapping = { columns: ['group', 'partner', 'goal', 'activities', 'period', 'responsible', 'social-effect'], header: true };
  return {
    period: '2026-2027',
    plan_exists: false,
    mapping,
    sample: [
      ['№', 'Партнёр', 'Мероприятия', 'Сроки', 'Ответственный'],
      ['1', 'Средняя школа № 1', 'Экскурсия', 'Октябрь', 'Методист'],
      ['2', 'Детская библиотека', 'Громкие чтения\nКонкурс чтецов', 'осенью', ''],
      ['3', '', 'Акция', 'Май', ''],
    ],
    columns: 5,
    rows: [
      importRow(2),
      importRow(3, {
        group: 'Учреждения культуры',
        partner: 'Детская библиотека',
        partner_id: null,
        responsible: '',
        activities: [
          { title: 'Громкие чтения', period: { kind: 'year' }, period_text: 'осенью', period_unread: true },
          { title: 'Конкурс чтецов', period: { kind: 'months', ranges: [{ from: 3, to: 3 }] }, period_text: 'Март', period_unread: false },
        ],
        issues: [{ code: 'period-unread', args: { value: 'осенью' }, refused: false }],
      }),
      importRow(4, {
        partner: '',
        partner_id: null,
        goal: '',
        responsible: '',
        activities: [],
        issues: [{ code: 'partner-empty', args: {}, refused: true }],
        accepted: false,
      }),
    ],
    accepted: 2,
    refused: 1,
    new_partners: ['Детская библиотека'],
    new_groups: ['Учреждения культуры'],
    ...overrides,
  };
}

/** A row of a partner file as the core reads it for the import preview. */
export function partnerImportRow(line: number, overrides: Partial<PartnerImportRow> = {}): PartnerImportRow {
  return {
    line,
    name: 'Детская библиотека № 2',
    category: 'Учреждения культуры',
    internal: false,
    contacts: ['Иванова Мария'],
    issues: [],
    accepted: true,
    ...overrides,
  };
}

/**
 * A preview of a partner file in the export's columns with a header: a new partner, one whose
 * name is similar to a saved one (a warning), one already in the register and one repeated
 * (both refused), and a new category.
 */
export function partnerImportPreview(overrides: Partial<PartnerImportPreview> = {}): PartnerImportPreview {
  const mapping: PartnerMapping = {
    columns: ['name', 'short-name', 'category', 'kind', 'address', 'phones', 'email', 'website', 'contacts', 'notes'],
    header: true,
  };
  return {
    mapping,
    sample: [
      ['Название', 'Категория', 'Контактные лица'],
      ['Детская библиотека № 2', 'Учреждения культуры', 'Иванова Мария, библиотекарь'],
      ['Средняя школа №1', 'Образовательные организации', ''],
      ['Средняя школа № 2', 'Образовательные организации', ''],
      ['Клуб «Юный техник»', 'Техническое творчество', 'Петров Иван'],
      ['Клуб «Юный техник»', 'Техническое творчество', ''],
    ],
    columns: 3,
    rows: [
      partnerImportRow(2),
      partnerImportRow(3, {
        name: 'Средняя школа №1',
        category: 'Образовательные организации',
        contacts: [],
        issues: [{ code: 'partner-similar', args: { name: 'Средняя школа № 1' }, refused: false }],
      }),
      partnerImportRow(4, {
        name: 'Средняя школа № 2',
        category: 'Образовательные организации',
        contacts: [],
        issues: [{ code: 'partner-exists', args: { name: 'Средняя школа № 2' }, refused: true }],
        accepted: false,
      }),
      partnerImportRow(5, { name: 'Клуб «Юный техник»', category: 'Техническое творчество', internal: true, contacts: ['Петров Иван'] }),
      partnerImportRow(6, {
        name: 'Клуб «Юный техник»',
        category: 'Техническое творчество',
        contacts: [],
        issues: [{ code: 'partner-repeated', args: { name: 'Клуб «Юный техник»' }, refused: true }],
        accepted: false,
      }),
    ],
    accepted: 3,
    refused: 2,
    new_categories: ['Техническое творчество'],
    ...overrides,
  };
}

/** A record put in the trash on `deleted_at`, kept 30 days. */
export function trashItem(kind: TrashItem['kind'], id: number, overrides: Partial<TrashItem> = {}): TrashItem {
  const titles: Record<TrashItem['kind'], [string, string]> = {
    plan: ['2025-2026', ''],
    'plan-row': ['Городской музей', '2026-2027'],
    event: ['Экскурсия «Мир профессий»', '2026-10-14 · Средняя школа № 1'],
    nomination: ['Иванова Мария Петровна', '2026'],
  };
  const [title, detail] = titles[kind];
  return { kind, id, title, detail, deleted_at: '2026-11-20T10:30:00Z', purge_on: '2026-12-20', ...overrides };
}

/** Two kinds of award that print and a prize that does not; three titles. */
export const awardCatalogs: AwardCatalogs = {
  kinds: [
    { id: 1, code: 'gramota', builtin: true, name: { ru: 'Грамота', kk: 'Мадақтама', en: 'Certificate of honour' }, prints: true },
    {
      id: 2,
      code: 'thanks',
      builtin: true,
      name: { ru: 'Благодарственное письмо', kk: 'Алғыс хат', en: 'Letter of thanks' },
      prints: true,
    },
    { id: 4, code: 'prize', builtin: true, name: { ru: 'Ценный приз', kk: 'Бағалы сыйлық', en: 'Valuable prize' }, prints: false },
  ],
  titles: [
    {
      id: 11,
      code: 'most-active-parent',
      builtin: true,
      name: { ru: 'Самый активный родитель', kk: 'Ең белсенді ата-ана', en: 'Most active parent' },
      award_kind_id: 2,
    },
    {
      id: 12,
      code: 'friendly-family',
      builtin: true,
      name: { ru: 'Дружная семья', kk: 'Тату отбасы', en: 'Friendly family' },
      award_kind_id: 1,
    },
    {
      id: 13,
      code: 'best-partner',
      builtin: true,
      name: { ru: 'Лучший социальный партнёр', kk: 'Үздік әлеуметтік серіктес', en: 'Best social partner' },
      award_kind_id: 1,
    },
  ],
};

/** A proposed nomination of a mother for «Самый активный родитель», a letter of thanks. */
export function nomination(id: number, overrides: Partial<Nomination> = {}): Nomination {
  return {
    id,
    year: 2026,
    title_id: 11,
    title: awardCatalogs.titles[0].name,
    award_kind_id: 2,
    award_kind: awardCatalogs.kinds[1].name,
    nominee_kind: 'person',
    surname: 'Иванова',
    given_name: 'Мария',
    patronymic: 'Петровна',
    gender: 'female',
    name: '',
    nominative: 'Иванова Мария Петровна',
    dative: 'Ивановой Марии Петровне',
    genitive: 'Ивановой Марии Петровны',
    dative_by_hand: false,
    genitive_by_hand: false,
    role: 'parent',
    partner_id: null,
    partner_name: null,
    reason: { ru: 'за активное участие в жизни центра', kk: '', en: '' },
    proposed_by: 'Методический совет',
    order_number: '',
    order_date: null,
    handed_on: null,
    notes: '',
    status: 'proposed',
    certificate_number: null,
    issued_on: null,
    created_at: '2026-11-20T09:00:00Z',
    updated_at: '2026-11-20T09:00:00Z',
    ...overrides,
  };
}

/** Russian declension for the few names the tests type; other names stay as typed. */
const DECLINED: Record<string, [string, string]> = {
  'Иванова Мария Петровна': ['Ивановой Марии Петровне', 'Ивановой Марии Петровны'],
  'Иванова Мария': ['Ивановой Марии', 'Ивановой Марии'],
  'Иванова': ['Ивановой', 'Ивановой'],
  'Петров Иван Сергеевич': ['Петрову Ивану Сергеевичу', 'Петрова Ивана Сергеевича'],
};

/** What decline_name answers for `input`, as the core would for these names. */
export function declined(input: NominationInput): DeclinedName {
  if (input.nominee_kind !== 'person') {
    return { nominative: input.name, dative: input.name, genitive: input.name, gender: null };
  }
  const nominative = [input.surname, input.given_name, input.patronymic].filter((x) => x).join(' ');
  const [dative, genitive] = DECLINED[nominative] ?? [nominative, nominative];
  const gender = input.gender ?? (input.surname.endsWith('а') ? 'female' : input.surname ? 'male' : null);
  return { nominative, dative, genitive, gender };
}

/** A line of the journal of issued certificates. */
export function certificateEntry(number: string, overrides: Partial<CertificateEntry> = {}): CertificateEntry {
  return {
    number,
    nomination_id: 5,
    nominee: 'Иванова Мария Петровна',
    title: awardCatalogs.titles[0].name,
    award_kind: awardCatalogs.kinds[1].name,
    order_number: '45-П',
    order_date: '2026-12-20',
    issued_on: '2026-12-25',
    code: `PDSK:${number}:1A2B3C4D`,
    ...overrides,
  };
}

/** The default letter of thanks in Russian. */
export function certificateTemplate(overrides: Partial<CertificateTemplate> = {}): CertificateTemplate {
  return {
    award_kind_id: 1,
    lang: 'ru',
    title: 'ГРАМОТА',
    lead: 'награждается',
    name_case: 'nominative',
    closing: '',
    border: 'ornament',
    primary: '#8B1E2D',
    accent: '#B8862B',
    landscape: false,
    show_logo: true,
    show_signature: true,
    show_stamp: true,
    has_background: false,
    edited: false,
    ...overrides,
  };
}

/** Sends `message` on a Channel passed to a command, as the shell would (messages count from 0). */
export function sendOnChannel(channel: unknown, index: number, message: unknown): void {
  const id = (channel as { id: number }).id;
  (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } }).__TAURI_INTERNALS__.runCallback(
    id,
    { index, message },
  );
}

type Handler = (args: Record<string, unknown>) => unknown;

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** Installs the fake core; `handlers` replace the defaults per command. */
export function mockCore(handlers: Record<string, Handler> = {}): {
  calls: Call[];
  argsOf: (cmd: string) => Record<string, unknown>[];
} {
  const calls: Call[] = [];
  const defaults: Record<string, Handler> = {
    get_app_state: () => appState(),
    set_language: () => null,
    list_catalogs: () => structuredClone(catalogs),
    list_partners: () => [summary(partner(1)), summary(partner(2, { internal: true }))],
    get_partner: (a) => partner(a.id as number),
    find_similar_partners: () => [],
    list_agreements: () => [],
    get_agreement: (a) => agreement(a.id as number),
    get_agreement_text: (a) => agreementText(a.lang as string),
    get_organisation: () => organisation(),
    // Marks what it was asked, so that a test sees the page show the core's answer.
    get_number_example: (a) => `«${a.pattern as string}» ${a.n as number}`,
    list_backups: () => [],
    list_plans: () => [plan(1)],
    get_plan_sheet: (a) => planSheet(a.id as number),
    list_activities_due: () => [],
    get_dashboard: () => dashboard(),
    list_events: () => [],
    get_event: (a) => heldEvent(a.id as number),
    get_calendar_month: (a) => ({ year: a.year, month: a.month, planned: [], events: [] }),
    get_month_report: (a) => monthReport({ year: a.year as number, month: a.month as number }),
    get_year_summary: () => yearSummary(),
    list_trash: () => [],
    can_undo: () => false,
    list_award_catalogs: () => structuredClone(awardCatalogs),
    list_nominations: () => [],
    get_nomination: (a) => nomination(a.id as number),
    decline_name: (a) => declined(a.input as NominationInput),
    list_certificate_register: () => [],
    get_certificate_template: (a) => certificateTemplate({ award_kind_id: a.awardKindId as number, lang: a.lang as CertificateTemplate['lang'] }),
    preview_template: () => new ArrayBuffer(8),
    preview_certificate: () => new ArrayBuffer(8),
  };
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    const handler = handlers[cmd] ?? defaults[cmd];
    if (!handler) throw new Error(`unexpected command ${cmd}`);
    return handler(a);
  });
  return { calls, argsOf: (cmd) => calls.filter((c) => c.cmd === cmd).map((c) => c.args) };
}
