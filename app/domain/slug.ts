// URL slugs: lower-case ASCII words joined by hyphens, accents folded ("Guy's & St Thomas'" -> guys-and-st-thomas).
export function slugify(text: string, fallback = "item"): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || fallback
  );
}
