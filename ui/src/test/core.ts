// A fake core for component tests: mockIPC answers the app's commands from a few fixtures and
// records every call, so tests can check what the UI asked for.
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  AppState,
  CatalogEntry,
  Catalogs,
  Partner,
  PartnerSummary,
} from '../lib/api/types';

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
