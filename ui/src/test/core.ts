// A fake core for component tests: mockIPC answers the app's commands from a few fixtures and
// records every call, so tests can check what the UI asked for.
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Agreement,
  AgreementSection,
  AppState,
  BackupInfo,
  CatalogEntry,
  Catalogs,
  Organisation,
  Partner,
  PartnerSummary,
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

export function appState(overrides: Partial<AppState> = {}): AppState {
  return {
    db_path: '/home/user/.local/share/partnerdesk/partnerdesk.db',
    open_error: null,
    language: 'ru',
    first_run: false,
    version: '0.1.0',
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
    list_backups: () => [],
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
