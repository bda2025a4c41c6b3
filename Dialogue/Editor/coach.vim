" Vim: Coach scripts, linted on every save, mistakes in the quickfix list (:copen, :cnext).
" Put this file in ~/.vim/plugin/ (or :source it), and run Vim from the project's folder.
" No plugin of ours is needed: lint prints file:line:column: severity[code]: message.
augroup coach_lint
  autocmd!
  autocmd BufRead,BufNewFile */Dialogue/*.json call s:CoachLint()
  autocmd BufWritePost */Dialogue/*.json silent make! | cwindow | redraw!
augroup END

function! s:CoachLint() abort
  setlocal makeprg=.build/release/coach\ lint\ %
  " An error or warning line ("e" or "w", then "[C011]: message" as the text); the source
  " line, caret and notes under it are skipped.
  setlocal errorformat=%f:%l:%c:\ %t%*[a-z]%m,%-G%.%#
endfunction
