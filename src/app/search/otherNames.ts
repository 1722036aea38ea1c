// Other names readers type for the text's terms: transliterations (렐루, 컨볼루션, 에포크), the
// other Korean translations (크로스 엔트로피, 가중치 감쇠, 데이터 증강) and a common misspelling
// (초기값). The chapters keep one name per idea, so a query holding one of these is also searched
// with the text's name in its place. Query side only: the index does not grow.
import { loosePattern, runs } from './tokenize';

/** The text's term, then what else readers call it (none of which the text writes). */
export const OTHER_NAMES: readonly (readonly [string, ...string[]])[] = [
  ['ReLU', '렐루', '랠루'],
  ['합성곱', '컨볼루션', '콘볼루션', '컨벌루션', '콘벌루션'],
  ['기울기', '그래디언트', '그라디언트', '그레이디언트'],
  ['기울기 소실', '경사 소실'],
  ['역전파', '백프로파게이션', '백프롭'],
  ['교차 엔트로피', '크로스 엔트로피'],
  ['손실 함수', '비용 함수', '목적 함수'],
  ['활성화 함수', '활성 함수'],
  ['가중치 감소', '가중치 감쇠', '웨이트 디케이'],
  ['데이터 확장', '데이터 증강'],
  ['배치 정규화', '배치놈'],
  ['에폭', '에포크', '이포크'],
  ['학습률', '러닝 레이트'],
  ['초깃값', '초기값'],
  ['Xavier', '자비에', '사비에르', '재비어'],
  ['He', '카이밍'],
  ['Adam', '아담'],
  ['AdaGrad', '아다그라드', '에이다그라드', '아다그래드'],
  ['RMSProp', '알엠에스프롭'],
  ['특징 맵', '피처 맵', '피쳐 맵'],
  ['최대 풀링', '맥스 풀링'],
  ['완전연결', '전결합'],
];

/** Each other name as a pattern that takes any spacing inside it, with the text's term. */
const RULES = OTHER_NAMES.flatMap(([term, ...others]) =>
  others.map((other) => ({ re: new RegExp(loosePattern(runs(other).join('')), 'gi'), term })),
);

/**
 * The query with every other name in it replaced by the text's term, or null when it holds none
 * ("렐루 역전파" → "ReLU 역전파", "에포크" → "에폭").
 */
export function inTextTerms(query: string): string | null {
  let out = query;
  for (const { re, term } of RULES) out = out.replace(re, ` ${term} `);
  return out === query ? null : out.replace(/\s+/g, ' ').trim();
}
