/** What a block Readability dropped was, by its tag or role, for the removal log. */
export function kindOf(el: Element): { id: string; reason: string } {
  const tag = el.localName;
  const role = el.getAttribute('role');
  if (tag === 'nav' || role === 'navigation') return { id: 'navigation', reason: 'Site navigation' };
  if (tag === 'header' || role === 'banner') return { id: 'header', reason: 'Page header' };
  if (tag === 'footer' || role === 'contentinfo') return { id: 'footer', reason: 'Page footer' };
  if (tag === 'aside' || role === 'complementary') return { id: 'sidebar', reason: 'Sidebar' };
  if (tag === 'form') return { id: 'form', reason: 'Form' };
  return { id: 'outside-article', reason: 'Outside the main article' };
}
