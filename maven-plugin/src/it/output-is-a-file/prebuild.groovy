// The output folder's path is taken by a regular file.
new File(basedir, 'generated').text = 'a file, not a folder\n'
return true
