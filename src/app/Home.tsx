import { BASE, chapterHref } from './router';
import { CHAPTERS, chapterLabel } from './chapters';

export function Home() {
  const numbered = CHAPTERS.filter((c) => c.number !== null);
  const appendix = CHAPTERS.filter((c) => c.number === null);
  return (
    <div className="home">
      <section className="home-hero">
        <h1>밑바닥 노트북</h1>
        <p className="home-lead">
          『밑바닥부터 시작하는 딥러닝 1』의 2–8장을 읽으면서 바로 만져 보는 노트북이에요. 위젯의
          모든 숫자는 처음부터 직접 만든 자동미분 엔진이 브라우저에서(가능하면 GPU로) 계산합니다.
        </p>
      </section>
      <h2 className="home-heading">차례</h2>
      <ol className="chapter-list">
        {numbered.map((c) => (
          <li key={c.slug}>
            <a href={chapterHref(c.slug)}>
              <span className="chapter-list-title">{chapterLabel(c)}</span>
              {c.summary && <span className="chapter-list-summary">{c.summary}</span>}
            </a>
          </li>
        ))}
      </ol>
      {appendix.length > 0 && (
        <>
          <h2 className="home-heading">부록</h2>
          <ul className="chapter-list">
            {appendix.map((c) => (
              <li key={c.slug}>
                <a href={chapterHref(c.slug)}>
                  <span className="chapter-list-title">{c.title}</span>
                  {c.summary && <span className="chapter-list-summary">{c.summary}</span>}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="home-foot">
        위젯 문법을 직접 시험해 보고 싶다면 <a href={`${BASE}playground/`}>마크다운 놀이터</a>를
        열어 보세요.
      </p>
    </div>
  );
}
