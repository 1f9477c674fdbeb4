import app.sub.deep
