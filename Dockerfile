# The book as a container: built with Node, served by nginx with the headers the build writes
# (out/nginx-headers.conf: Content-Security-Policy, nosniff, caching, the 404 page).
#   docker build -t book . && docker run --rm -p 8080:8080 book     → http://localhost:8080/
# Build arguments: HUGO_SITE or CONTENT_DIR (a folder inside this directory), SITE_URL,
# BASE_PATH (served under a path: --build-arg BASE_PATH=/repo → http://localhost:8080/repo/).
FROM node:22-bookworm-slim AS build
WORKDIR /book
COPY . .
ARG HUGO_SITE=
ARG CONTENT_DIR=
ARG SITE_URL=
ARG BASE_PATH=
RUN npm install --no-audit --no-fund && npm run build

FROM nginx:1.27-alpine
ARG BASE_PATH=
COPY --from=build /book/out /usr/share/nginx/html${BASE_PATH}
# The headers files are the server's configuration, not pages: nginx reads one, none is served.
RUN mv /usr/share/nginx/html${BASE_PATH}/nginx-headers.conf /etc/nginx/book-headers.conf \
 && rm -f /usr/share/nginx/html${BASE_PATH}/_headers /usr/share/nginx/html${BASE_PATH}/serve.json \
 && printf 'server {\n    listen 8080;\n    root /usr/share/nginx/html;\n    include /etc/nginx/book-headers.conf;\n}\n' \
    > /etc/nginx/conf.d/default.conf
EXPOSE 8080
