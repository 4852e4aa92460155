// A civic-tech app's first step: list the 2021 targets with types generated from openapi/v1.json.
//   npm ci && npm run types          # writes src/api.d.ts from the committed contract
//   npm run check:typescript         # tsc --noEmit: this file must agree with the contract
import type { components, paths } from "./api";

type Indicator = components["schemas"]["IndicatorDto"];
type IndicatorQuery = NonNullable<paths["/api/v1/indicators"]["get"]["parameters"]["query"]>;
type IndicatorPage = paths["/api/v1/indicators"]["get"]["responses"][200]["content"]["application/json"];
type Problem = components["schemas"]["HttpValidationProblemDetails"];

/** Every 2021 target, following `next` links until the last page. */
export async function list2021Targets(base = "http://localhost:5080"): Promise<Indicator[]> {
  const query: IndicatorQuery = { period: "2021", kind: "target", limit: 500 };
  const first = new URL("/api/v1/indicators", base);
  for (const [name, value] of Object.entries(query)) first.searchParams.set(name, String(value));

  const targets: Indicator[] = [];
  for (let url: string | null = first.toString(); url !== null; ) {
    const response = await fetch(url);
    if (!response.ok) {
      const problem = (await response.json()) as Problem;
      throw new Error(`${problem.status} ${problem.title}: ${JSON.stringify(problem.errors)}`);
    }
    const page = (await response.json()) as IndicatorPage;
    targets.push(...page.items);
    url = page.next;
  }
  return targets;
}

/** "地区生产总值 ≥ 8% (up)" — a line a newsroom could print. */
export function describe(target: Indicator): string {
  const comparator = target.comparator === "=" ? "" : `${target.comparator} `;
  const direction = target.direction === null ? "" : ` (${target.direction})`;
  return `${target.subject} ${comparator}${target.valueText}${target.unit}${direction}`;
}

export async function main(): Promise<void> {
  for (const target of await list2021Targets()) console.log(describe(target));
}
