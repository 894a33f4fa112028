import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { app } from '../app.svelte';
import { mockCore, partner, summary } from '../../test/core';
import PartnerList from './PartnerList.svelte';
import { useShortcuts } from '../../test/shortcuts';

function lastQuery(argsOf: (cmd: string) => Record<string, unknown>[]): Record<string, unknown> {
  const all = argsOf('list_partners');
  return all[all.length - 1].query as Record<string, unknown>;
}

describe('partner list', () => {
  test('renders the rows the core returns, with localized category and kind', async () => {
    const { argsOf } = mockCore({
      list_partners: () => [
        summary(partner(7)),
        summary(partner(8, { name: 'Родительский комитет', category_id: 1, internal: true, archived_at: '2026-11-25T00:00:00Z', contacts: [] })),
      ],
    });
    render(PartnerList);

    const rows = await screen.findAllByTestId('partner-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['7', '8']);
    expect(rows[0].textContent).toContain('Средняя школа № 7');
    expect(rows[0].textContent).toContain('СШ 7');
    expect(rows[0].textContent).toContain('Образовательные организации');
    expect(rows[0].textContent).toContain('Внешний');
    expect(rows[0].textContent).toContain('Айгерим Сейітқызы');
    expect(rows[0].textContent).toContain('+1');
    expect(rows[1].textContent).toContain('Внутренний');
    expect(rows[1].textContent).toContain('в архиве');
    expect(screen.getByTestId('partner-count').textContent).toContain('2 партнёра');
    expect(lastQuery(argsOf)).toEqual({
      search: '',
      category_id: null,
      kind: 'all',
      direction_id: null,
      archived: 'active',
      sort: 'name',
      direction: 'asc',
    });
  });

  test('filters, search and sort ask the core with the right query', async () => {
    const { argsOf } = mockCore();
    render(PartnerList);
    await screen.findAllByTestId('partner-row');

    await fireEvent.change(screen.getByTestId('filter-category'), { target: { value: '2' } });
    await waitFor(() => expect(lastQuery(argsOf).category_id).toBe(2));

    await fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'external' } });
    await waitFor(() => expect(lastQuery(argsOf).kind).toBe('external'));

    await fireEvent.change(screen.getByTestId('filter-direction'), { target: { value: '12' } });
    await waitFor(() => expect(lastQuery(argsOf).direction_id).toBe(12));

    await fireEvent.change(screen.getByTestId('filter-archived'), { target: { value: 'all' } });
    await waitFor(() => expect(lastQuery(argsOf).archived).toBe('all'));

    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'школа 4' } });
    await waitFor(() => expect(lastQuery(argsOf).search).toBe('школа 4'));

    await fireEvent.click(screen.getByRole('button', { name: /Категория/ }));
    await waitFor(() => expect(lastQuery(argsOf)).toMatchObject({ sort: 'category', direction: 'asc' }));
    await fireEvent.click(screen.getByRole('button', { name: /Категория/ }));
    await waitFor(() => expect(lastQuery(argsOf)).toMatchObject({ sort: 'category', direction: 'desc' }));

    expect(lastQuery(argsOf)).toEqual({
      search: 'школа 4',
      category_id: 2,
      kind: 'external',
      direction_id: 12,
      archived: 'all',
      sort: 'category',
      direction: 'desc',
    });
  });

  test('the search waits for a pause in typing', async () => {
    const { argsOf } = mockCore();
    render(PartnerList);
    await screen.findAllByTestId('partner-row');
    const before = argsOf('list_partners').length;
    const box = screen.getByTestId('search-input');
    for (const text of ['ш', 'шк', 'шко', 'школ']) await fireEvent.input(box, { target: { value: text } });
    await waitFor(() => expect(lastQuery(argsOf).search).toBe('школ'));
    expect(argsOf('list_partners').length).toBe(before + 1);
  });

  test('renders only the visible rows of ten thousand', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => summary(partner(i + 1)));
    mockCore({ list_partners: () => many });
    render(PartnerList);
    const rows = await screen.findAllByTestId('partner-row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByTestId('partner-count').textContent).toMatch(/10\s000 партнёров/);
  });

  test('arrow keys move the selection and Enter opens the partner', async () => {
    mockCore();
    render(PartnerList);
    const rows = await screen.findAllByTestId('partner-row');
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    await fireEvent.keyDown(window, { key: 'ArrowUp' });
    await waitFor(() => expect(rows[0].getAttribute('aria-selected')).toBe('true'));
    await fireEvent.keyDown(window, { key: 'ArrowDown' });
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(app.screen).toEqual({ name: 'partner', id: 2 });
  });

  test('Ctrl+F and / focus the search, Ctrl+N opens a new partner', async () => {
    mockCore();
    useShortcuts();
    render(PartnerList);
    await screen.findAllByTestId('partner-row');
    const box = screen.getByTestId('search-input');
    await fireEvent.keyDown(window, { key: 'а', code: 'KeyF', ctrlKey: true }); // Russian layout
    expect(document.activeElement).toBe(box);
    box.blur();
    await fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(document.activeElement).toBe(box);
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(app.screen).toEqual({ name: 'new' });
  });

  test('an empty result shows a helpful empty state', async () => {
    mockCore({ list_partners: () => [] });
    render(PartnerList);
    await screen.findByText('Партнёров пока нет');
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'нет такого' } });
    const empty = await screen.findByText('Ничего не найдено');
    const block = empty.parentElement!;
    await fireEvent.click(within(block).getByRole('button', { name: 'Сбросить поиск и фильтры' }));
    expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('');
  });
});
