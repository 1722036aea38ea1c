// The two views of @fontsource's CSS that scripts/vite-site-font.ts serves (side-effect imports).
declare module '*.css?site' {}
declare module '*.css?rest' {}
