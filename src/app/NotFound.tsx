import { useEffect } from 'react';
import { BASE } from './router';

export function NotFound() {
  useEffect(() => {
    document.title = '페이지를 찾을 수 없어요 — 밑바닥 노트북';
  }, []);
  return (
    <div className="not-found">
      <h1>페이지를 찾을 수 없어요</h1>
      <p>
        주소가 바뀌었거나 잘못 입력된 것 같아요. <a href={BASE}>차례로 돌아가기</a>
      </p>
    </div>
  );
}
