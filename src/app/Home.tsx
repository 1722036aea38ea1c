import { BASE, chapterHref } from './router';
import { CHAPTERS, chapterLabel } from './chapters';
import { OfflineStorage } from './OfflineStorage';
import { resetProgress } from './progress';
import { resumePoint } from './resume';
import { useProgress } from './useProgress';

export function Home() {
  const progress = useProgress();
  const numbered = CHAPTERS.filter((c) => c.number !== null);
  const appendix = CHAPTERS.filter((c) => c.number === null);
  const opened = numbered.filter((c) => progress[c.slug]).length; // the glossary is no chapter
  const resume = resumePoint(progress, CHAPTERS);
  return (
    <div className="home">
      <section className="home-hero">
        <h1>밑바닥 노트북</h1>
        <p className="home-lead">
          『밑바닥부터 시작하는 딥러닝 1』의 2–8장을 읽으면서 바로 만져 보는 노트북이에요. 위젯의
          모든 숫자는 처음부터 직접 만든 자동미분 엔진이 브라우저에서(이 기기에서 더 빠르면 GPU로)
          계산해요.
        </p>
      </section>
      {resume && (
        <p className="home-resume">
          <a href={chapterHref(resume.chapter.slug)}>
            <span className="home-resume-label">이어 읽기</span>{' '}
            <span className="home-resume-where">
              {chapterLabel(resume.chapter)}
              {resume.heading && ` · ${resume.heading}`}
            </span>{' '}
            →
          </a>
        </p>
      )}
      <h2 className="home-heading">차례</h2>
      <ol className="chapter-list">
        {numbered.map((c) => {
          const p = progress[c.slug];
          return (
            <li key={c.slug} data-opened={p ? 'true' : undefined}>
              <a href={chapterHref(c.slug)}>
                <span className="chapter-list-title">{chapterLabel(c)}</span>
                {c.summary && <span className="chapter-list-summary">{c.summary}</span>}
                {p && (
                  <span className="chapter-list-progress">
                    열어 본 장 · 확인 문제 답 {p.quizzes.length}/{c.quizzes}개 확인
                  </span>
                )}
              </a>
            </li>
          );
        })}
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
      {opened > 0 && (
        <p className="home-progress">
          이 브라우저에 진도가 저장돼 있어요: 장 {opened}개를 열어 봤어요.{' '}
          <button type="button" onClick={resetProgress}>
            진도 기록 지우기
          </button>
        </p>
      )}
      <OfflineStorage />
      <p className="home-foot">
        위젯 문법을 직접 시험해 보고 싶다면 <a href={`${BASE}playground/`}>마크다운 놀이터</a>를
        열어 보세요.
      </p>
    </div>
  );
}
