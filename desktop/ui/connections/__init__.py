"""The Connections page (how celebrations tied the organisation together) and its printing; built when the tab
is first opened, printed from File › Print connections… or the page's own buttons."""
