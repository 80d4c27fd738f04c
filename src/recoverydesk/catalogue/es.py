"""Spanish for the core's own sentences (see recoverydesk/catalogue/__init__.py).

Written by us in Spanish (warm, plain, "tú"; WRITING.md): "check-in" is "registro", "urge"
"impulso", "distress" "malestar", "mood" "ánimo", "skill" "habilidad", as in the window.
Every translation keeps the English text's {fields} (tests/unit/test_catalogue.py).
"""

TEXTS = {
    # Data of the core the window shows (ui/core_text.py: check-in lists, skill families,
    # goal states and notes, safety-plan sections, passphrase hints, the reminder)
    'Your passphrase needs at least 8 characters.':
        'Tu frase secreta necesita al menos 8 caracteres.',
    "Your passphrase starts or ends with a space; that's easy to forget.":
        'Tu frase secreta empieza o termina con un espacio; es fácil olvidarlo.',
    "The two passphrases don't match yet.": 'Las dos frases secretas aún no coinciden.',
    'That one is easy to guess. A few ordinary words that only you would put together are much stronger.':
        'Esa es fácil de adivinar. Unas cuantas palabras corrientes que solo tú juntarías son mucho más fuertes.',
    'Okay. Longer is safer: try adding a word or two.':
        'Vale. Cuanto más larga, más segura: prueba a añadir una o dos palabras.',
    'Good. A few more words would make it stronger still.':
        'Bien. Unas palabras más la harían aún más fuerte.',
    "Strong. Make sure it's one you'll remember.": 'Fuerte. Asegúrate de que la vas a recordar.',
    'A few ordinary words that only you would put together make a strong passphrase.':
        'Unas cuantas palabras corrientes que solo tú juntarías forman una frase secreta fuerte.',
    'A little longer, please: at least 8 characters.':
        'Un poco más larga, por favor: al menos 8 caracteres.',
    'self-harm': 'autolesión',
    'suicidal thoughts': 'pensamientos suicidas',
    'drugs or alcohol': 'drogas o alcohol',
    'sadness': 'tristeza',
    'shame': 'vergüenza',
    'anger': 'enfado',
    'fear': 'miedo',
    'joy': 'alegría',
    'anxiety': 'ansiedad',
    'Mindfulness': 'Mindfulness',
    'Wise mind': 'Mente sabia',
    'Observe': 'Observar',
    'Describe': 'Describir',
    'Participate': 'Participar',
    'Non-judgmental stance': 'Sin juzgar',
    'One-mindfully': 'Una cosa a la vez',
    'Effectively': 'Con eficacia',
    'Distress tolerance': 'Tolerancia al malestar',
    'Pros and cons': 'Pros y contras',
    'Distract (ACCEPTS)': 'Distraerse (ACCEPTS)',
    'Self-soothe': 'Calmarse con los sentidos',
    'IMPROVE the moment': 'Mejorar el momento (IMPROVE)',
    'Radical acceptance': 'Aceptación radical',
    'Turning the mind': 'Girar la mente',
    'Willingness': 'Disposición',
    'Emotion regulation': 'Regulación emocional',
    'Check the facts': 'Comprobar los hechos',
    'Opposite action': 'Acción opuesta',
    'Problem solving': 'Resolver problemas',
    'Accumulate positives': 'Acumular lo positivo',
    'Build mastery': 'Ganar dominio',
    'Cope ahead': 'Prepararse con antelación',
    'PLEASE (look after your body)': 'PLEASE (cuidar tu cuerpo)',
    'Interpersonal effectiveness': 'Eficacia interpersonal',
    'Distress tolerance: getting through a hard moment without making it worse':
        'Tolerancia al malestar: pasar un momento difícil sin empeorarlo',
    'Mindfulness: noticing what is here, now, without judging it':
        'Mindfulness: darte cuenta de lo que hay aquí, ahora, sin juzgarlo',
    'Emotion regulation: understanding and easing strong feelings':
        'Regulación emocional: entender y suavizar emociones fuertes',
    'Acceptance and commitment: making room for thoughts and moving towards what matters':
        'Aceptación y compromiso: hacer sitio a los pensamientos y avanzar hacia lo que importa',
    'Self-compassion: treating yourself as you would a friend':
        'Autocompasión: tratarte como tratarías a una amistad',
    'Thoughts and feelings: looking at a thought from more than one side':
        'Pensamientos y emociones: mirar un pensamiento desde más de un lado',
    'People: asking for what you need, and wondering what others feel':
        'Personas: pedir lo que necesitas y preguntarte qué sienten los demás',
    'Relaxation: helping your body and mind settle':
        'Relajación: ayudar a que tu cuerpo y tu mente se asienten',
    'Looking back: understanding what led to a hard moment, without blame':
        'Mirar atrás: entender qué llevó a un momento difícil, sin culpas',
    'Nothing to count': 'Nada que contar',
    'A number I update myself': 'Un número que actualizo yo',
    "Strong urges (3 or more) I didn't act on, from check-ins":
        'Impulsos fuertes (3 o más) que no seguí, según mis registros',
    'Skills I finished in RecoveryDesk': 'Habilidades que terminé en RecoveryDesk',
    'Journal entries': 'Entradas del diario',
    'Check-ins': 'Registros',
    'Use a skill before acting on an urge': 'Usar una habilidad antes de seguir un impulso',
    'A steadier sleep routine': 'Una rutina de sueño más estable',
    'Reach out to one person each week': 'Contactar con una persona cada semana',
    'Finish a safety plan with my therapist': 'Terminar un plan de seguridad con mi terapeuta',
    'A goal without a name yet': 'Una meta aún sin nombre',
    'Active': 'Activa',
    'Paused': 'En pausa',
    'Achieved': 'Lograda',
    'Let go': 'Dejada a un lado',
    "It doesn't say yet what exactly you'll do. One plain sentence is enough.":
        'Aún no dice qué harás exactamente. Basta con una frase sencilla.',
    "There's nothing to count yet. You could link it to your check-ins, skills or journal, or pick a number.":
        'Aún no hay nada que contar. Podrías unirla a tus registros, habilidades o diario, o elegir un número.',
    'You could note what makes this doable for you right now, or make it a little smaller.':
        'Podrías anotar qué hace que sea posible para ti ahora, o hacerla un poco más pequeña.',
    'You could write why this matters to you. It can help on harder days.':
        'Podrías escribir por qué te importa. Puede ayudar en los días más difíciles.',
    "There's no date yet. A date you can change later helps you know when to look back.":
        'Aún no tiene fecha. Una fecha que puedas cambiar luego te ayuda a saber cuándo mirar atrás.',
    "You could choose a number to aim for, so you can see how it's going.":
        'Podrías elegir un número al que apuntar, para ver cómo va.',
    'The date you chose has passed. You could pick a new one, or mark the goal however fits.':
        'La fecha que elegiste ya pasó. Podrías elegir otra, o marcar la meta como mejor encaje.',
    'Warning signs': 'Señales de alerta',
    'Thoughts, feelings, situations or things you do that tell you a hard time may be starting.':
        'Pensamientos, emociones, situaciones o cosas que haces que te avisan de que puede empezar un momento difícil.',
    'Things I can do on my own': 'Cosas que puedo hacer por mi cuenta',
    'Ways to calm down or take your mind off things without needing anyone else. A skill from RecoveryDesk can go here too.':
        'Formas de calmarte o distraerte sin necesitar a nadie más. Aquí también puede ir una habilidad de RecoveryDesk.',
    'People and places that take my mind off things':
        'Personas y lugares que me ayudan a distraerme',
    'People you like being around, and places where you can be among others, like a café, a library or a park.':
        'Personas con las que te gusta estar, y lugares donde puedes estar entre gente, como una cafetería, una biblioteca o un parque.',
    'People I can ask for help': 'Personas a las que puedo pedir ayuda',
    "People you trust and could tell that you're having a hard time.":
        'Personas en quienes confías y a quienes podrías contar que lo estás pasando mal.',
    'Professionals and services': 'Profesionales y servicios',
    'Your therapist, doctor or care team, crisis lines, and the nearest emergency department.':
        'Tu terapeuta, tu médico o tu equipo de atención, líneas de crisis y las urgencias más cercanas.',
    'Making where I am safer': 'Hacer más seguro el lugar donde estoy',
    "Steps you choose, in your own words, that make your surroundings safer during a hard time. You can tick each one when it's done.":
        'Pasos que eliges, con tus propias palabras, para que tu entorno sea más seguro en un momento difícil. Puedes marcar cada uno cuando esté hecho.',
    'What matters most to me': 'Lo que más me importa',
    'Your reasons for living: people, pets, plans, places and things that matter to you.':
        'Tus razones para vivir: personas, mascotas, planes, lugares y cosas que te importan.',
    "That passphrase didn't open your vault. Check for typos or Caps Lock and try again.":
        'Esa frase secreta no ha abierto tu caja fuerte. Revisa si hay erratas o si está activado Bloq Mayús, y vuelve a intentarlo.',
    "That recovery key didn't open your vault. Check for typos or Caps Lock and try again.":
        'Esa clave de recuperación no ha abierto tu caja fuerte. Revisa si hay erratas o si está activado Bloq Mayús, y vuelve a intentarlo.',
    "This computer has no secure keychain that RecoveryDesk can use, so you'll type your passphrase each time. Your vault works the same either way.":
        'Este ordenador no tiene un llavero seguro que RecoveryDesk pueda usar, así que escribirás tu frase secreta cada vez. Tu caja fuerte funciona igual de las dos formas.',
    'strong urge ridden out': 'impulso fuerte que dejaste pasar',
    'strong urges ridden out': 'impulsos fuertes que dejaste pasar',
    'skill': 'habilidad',
    'skills': 'habilidades',
    'journal entry': 'entrada del diario',
    'journal entries': 'entradas del diario',
    'check-in': 'registro',
    'check-ins': 'registros',
    'Breathe in': 'Inhala',
    'Hold': 'Mantén',
    'Breathe out': 'Exhala',
    "A moment for a check-in, if you'd like one.": 'Un momento para un registro, si te apetece.',
    # Dates, charts, printed documents and storage's messages
    '{day} {month} {year}': '{day} de {month} de {year}',
    '{day} {short_month}': '{day} {short_month}',
    '{day} {short_month} {year}': '{day} {short_month} {year}',
    '{short_month} {year}': '{short_month} {year}',
    '{weekday} {day} {short_month}': '{weekday} {day} {short_month}',
    '{day}, {time}': '{day}, {time}',
    '{first} to {last}': 'Del {first} al {last}',
    'January': 'enero',
    'February': 'febrero',
    'March': 'marzo',
    'April': 'abril',
    'May': 'mayo',
    'June': 'junio',
    'July': 'julio',
    'August': 'agosto',
    'September': 'septiembre',
    'October': 'octubre',
    'November': 'noviembre',
    'December': 'diciembre',
    'Jan': 'ene',
    'Feb': 'feb',
    'Mar': 'mar',
    'Apr': 'abr',
    'Jun': 'jun',
    'Jul': 'jul',
    'Aug': 'ago',
    'Sep': 'sept',
    'Oct': 'oct',
    'Nov': 'nov',
    'Dec': 'dic',
    'Mon': 'lun',
    'Tue': 'mar',
    'Wed': 'mié',
    'Thu': 'jue',
    'Fri': 'vie',
    'Sat': 'sáb',
    'Sun': 'dom',
    'No check-ins in these dates yet. Charts appear as you add them.':
        'Aún no hay registros en estas fechas. Los gráficos aparecen a medida que los añades.',
    'Your mood averaged {mood} out of 5': 'Tu ánimo tuvo una media de {mood} sobre 5',
    '; {early} in the first half of the days with a mood and {late} in the second half.':
        '; {early} en la primera mitad de los días con ánimo anotado y {late} en la segunda.',
    '; {early} in the first half of the weeks with a mood and {late} in the second half.':
        '; {early} en la primera mitad de las semanas con ánimo anotado y {late} en la segunda.',
    '; {early} in the first half of the months with a mood and {late} in the second half.':
        '; {early} en la primera mitad de los meses con ánimo anotado y {late} en la segunda.',
    'Mood was rated in {periods}.': 'Puntuaste el ánimo en {periods}.',
    'No urges were marked as acted on in these dates.':
        'En estas fechas no hay impulsos marcados como seguidos.',
    'Days with an urge marked as acted on, {targets}.':
        'Días con un impulso marcado como seguido: {targets}.',
    'No feelings were rated in these dates.': 'En estas fechas no puntuaste emociones.',
    'Darker squares are stronger feelings (0–5). Across these weeks, {feeling} was the strongest on average ({level}).':
        'Los cuadros más oscuros son emociones más intensas (0–5). En estas semanas, la más intensa de media fue {feeling} ({level}).',
    'No skills were recorded in these dates.': 'En estas fechas no hay habilidades anotadas.',
    'The one you used most was {skill} ({days} in check-ins, {sessions} in RecoveryDesk).':
        'La que más usaste fue {skill} ({days} en registros, {sessions} en RecoveryDesk).',
    'Rate your urge before and after a skill in RecoveryDesk; once a skill has {n} rated sessions, its before and after appear here.':
        'Puntúa tu impulso antes y después de una habilidad en RecoveryDesk; cuando una habilidad tenga {n} sesiones puntuadas, aquí verás su antes y su después.',
    'After {skill}, your urge averaged {after} compared with {before} before ({sessions}).':
        'Después de {skill}, tu impulso tuvo una media de {after}, frente a {before} antes ({sessions}).',
    'Sleep was recorded on {days}; more days are needed to compare.':
        'Anotaste el sueño en {days}; hacen falta más días para comparar.',
    'Sleep and mood were both recorded on {days}.':
        'Anotaste el sueño y el ánimo a la vez en {days}.',
    "On days after 7 hours' sleep or more, mood averaged {longer}; after less, {shorter} ({days}).":
        'Los días después de dormir 7 horas o más, el ánimo tuvo una media de {longer}; después de dormir menos, {shorter} ({days}).',
    'Mood': 'Ánimo',
    'Urge: {target}': 'Impulso: {target}',
    'days': 'días',
    'How often': 'Cuántas veces',
    'Urge before and after (0–5)': 'Impulso antes y después (0–5)',
    'days in check-ins': 'días en registros',
    'sessions in RecoveryDesk': 'sesiones en RecoveryDesk',
    'before': 'antes',
    'after': 'después',
    'hours of sleep': 'horas de sueño',
    'Sleep (hours)': 'Sueño (horas)',
    'mood 0–5': 'ánimo 0–5',
    'acted': 'seguido',
    'Urge: {target} (0–5)': 'Impulso: {target} (0–5)',
    '{feeling} (0–5)': '{feeling} (0–5)',
    'Distress (0–10)': 'Malestar (0–10)',
    'Skills used (0–7)': 'Habilidades usadas (0–7)',
    'yes': 'sí',
    'no': 'no',
    'Medication taken': 'Medicación tomada',
    'Notes': 'Notas',
    'Summary': 'Resumen',
    'Charts': 'Gráficos',
    'Diary cards': 'Tarjetas diarias',
    'Goals and reviews': 'Metas y repasos',
    'Safety plan': 'Plan de seguridad',
    'Diary card': 'Tarjeta diaria',
    'Week of {first} to {last}': 'Semana del {first} al {last}',
    'Week of {first}': 'Semana del {first}',
    'Urges and feelings: the strongest of the day, 0–5. Distress 0–10. “acted”: an urge was acted on. Skills used: how many different skills that day.':
        'Impulsos y emociones: lo más intenso del día, de 0 a 5. Malestar de 0 a 10. «seguido»: seguiste un impulso. Habilidades usadas: cuántas habilidades distintas usaste ese día.',
    'Notes for my session': 'Notas para mi sesión',
    'Made with RecoveryDesk. It holds only the parts I chose to share.':
        'Hecho con RecoveryDesk. Solo contiene las partes que elegí compartir.',
    'Average mood (0–5)': 'Ánimo medio (0–5)',
    'Days with an urge acted on': 'Días en que seguí un impulso',
    'Days with skills in a check-in': 'Días con habilidades en un registro',
    'Skills done in RecoveryDesk': 'Habilidades hechas en RecoveryDesk',
    'Mood and urges': 'Ánimo e impulsos',
    'Urges acted on, days per week': 'Impulsos que seguiste, días por semana',
    'Feelings by week': 'Emociones por semana',
    'Skills used, and urge before and after': 'Habilidades usadas, e impulso antes y después',
    'Sleep and mood': 'Sueño y ánimo',
    'Specific': 'Concreta',
    'Measurable': 'Medible',
    'Achievable': 'Alcanzable',
    'Why it matters': 'Por qué me importa',
    'Time': 'Plazo',
    'Paused since {day}': 'En pausa desde el {day}',
    'Achieved on {day}': 'Lograda el {day}',
    'Let go on {day}': 'Dejada a un lado el {day}',
    'set up {day}': 'creada el {day}',
    'What went well': 'Qué fue bien',
    'What got in the way': 'Qué se interpuso',
    'Next small step': 'Siguiente paso pequeño',
    'Note': 'Nota',
    'No goals in these dates.': 'No hay metas en estas fechas.',
    'Aiming for: {day}': 'Con la vista puesta en: {day}',
    'Steps': 'Pasos',
    'Reviews in these dates': 'Repasos en estas fechas',
    'week of {day}: {count}': 'semana del {day}: {count}',
    '{measure}, by week: {weeks}': '{measure}, por semana: {weeks}',
    'none in these dates': 'nada en estas fechas',
    'aiming for {number} a week': 'con la meta de {number} por semana',
    'aiming for {number} in all': 'con la meta de {number} en total',
    '{step} — done {day}': '{step} — hecho el {day}',
    '{step} — planned for {day}': '{step} — previsto para el {day}',
    '{step} — not yet': '{step} — todavía no',
    '(nothing here yet)': '(aún no hay nada aquí)',
    'Untitled': 'Sin título',
    'My safety plan': 'Mi plan de seguridad',
    'If you are in immediate danger, call {number}.':
        'Si estás en peligro inmediato, llama al {number}.',
    'Choose your country in RecoveryDesk (under “Get help now”) and its crisis lines will be printed here.':
        'Elige tu país en RecoveryDesk (en «Pedir ayuda ahora») y aquí se imprimirán sus líneas de crisis.',
    'Crisis lines — {country}': 'Líneas de crisis — {country}',
    'Checked on {day} (sources in RecoveryDesk)':
        'Comprobadas el {day} (las fuentes están en RecoveryDesk)',
    'call {number}': 'llama al {number}',
    'text {number}': 'escribe al {number}',
    'text {keyword} to {number}': 'escribe {keyword} al {number}',
    'There is no RecoveryDesk vault in {folder} yet.':
        'Aún no hay una caja fuerte de RecoveryDesk en {folder}.',
    '{folder} already holds a RecoveryDesk vault. Nothing was changed.':
        '{folder} ya tiene una caja fuerte de RecoveryDesk. No se ha cambiado nada.',
    "RecoveryDesk can't read {path}: {reason} The file has not been changed. If you have a backup or your recovery key, you can still use them.":
        'RecoveryDesk no puede leer {path}: {reason} El archivo no se ha cambiado. Si tienes una copia de seguridad o tu clave de recuperación, todavía puedes usarlas.',
    '{path} was saved by a newer version of RecoveryDesk (format {found}; this version knows up to {known}). Please update the app. The file has not been changed.':
        '{path} se guardó con una versión más nueva de RecoveryDesk (formato {found}; esta versión conoce hasta el {known}). Actualiza la aplicación cuando puedas. El archivo no se ha cambiado.',
    'The vault is locked.': 'La caja fuerte está bloqueada.',
    'its files': 'sus archivos',
    "RecoveryDesk couldn't read or write {where}.":
        'RecoveryDesk no ha podido leer ni escribir {where}.',
    "The disk is full, so RecoveryDesk couldn't save to {where}.":
        'El disco está lleno, así que RecoveryDesk no ha podido guardar en {where}.',
    'Everything saved before is safe. Freeing some space and trying again will help.':
        'Todo lo guardado antes está a salvo. Si liberas algo de espacio y lo intentas de nuevo, funcionará.',
    '{where} can only be read, not written to, so nothing new was saved.':
        '{where} solo se puede leer, no escribir, así que no se ha guardado nada nuevo.',
    'Everything saved before is safe. The folder or disk may be read-only (a locked USB stick, a backup copy, a mount option).':
        'Todo lo guardado antes está a salvo. Puede que la carpeta o el disco sean de solo lectura (una memoria USB bloqueada, una copia de seguridad, una opción de montaje).',
    '{where} is busy: another RecoveryDesk (a window or a command) is writing to it.':
        '{where} está ocupado: otro RecoveryDesk (una ventana o una orden) está escribiendo en él.',
    'Nothing was lost. Try again in a moment, or close the other one first.':
        'No se ha perdido nada. Inténtalo de nuevo en un momento, o cierra primero el otro.',
    "This computer's permissions don't let RecoveryDesk use {where}.":
        'Los permisos de este ordenador no dejan que RecoveryDesk use {where}.',
    'Nothing was changed. It may belong to another user account.':
        'No se ha cambiado nada. Puede que pertenezca a otra cuenta de usuario.',
    'The disk reported an error while RecoveryDesk was using {where}.':
        'El disco avisó de un error mientras RecoveryDesk usaba {where}.',
    'Everything saved before is safe as far as RecoveryDesk can tell. The disk may be full, failing or unplugged; `recoverydesk check` can look at the vault.':
        'Por lo que RecoveryDesk puede ver, todo lo guardado antes está a salvo. Puede que el disco esté lleno, fallando o desconectado; `recoverydesk check` puede revisar la caja fuerte.',
    '{path} is a folder, not a file.': '{path} es una carpeta, no un archivo.',
    'There is no file at {path}.': 'No hay ningún archivo en {path}.',
    '{where} Check its name and folder. {then}': '{where} Revisa su nombre y su carpeta. {then}',
    'Nothing was changed.': 'No se ha cambiado nada.',
    'Nothing was imported.': 'No se ha importado nada.',
    'part of the file is damaged.': 'una parte del archivo está dañada.',
    'it is not a RecoveryDesk vault, or it is damaged.':
        'no es una caja fuerte de RecoveryDesk, o está dañada.',
    'it opens, but it is not a RecoveryDesk vault.':
        'se abre, pero no es una caja fuerte de RecoveryDesk.',
    'it is an ordinary unencrypted database, not a RecoveryDesk vault.':
        'es una base de datos normal sin cifrar, no una caja fuerte de RecoveryDesk.',
    'the database file is missing.': 'falta el archivo de la base de datos.',
    'the file could not be read ({reason}).': 'no se pudo leer el archivo ({reason}).',
    'the file is empty.': 'el archivo está vacío.',
    'the file looks cut short or damaged.': 'el archivo parece cortado o dañado.',
    'it is far larger than a RecoveryDesk key file.':
        'es mucho más grande que un archivo de clave de RecoveryDesk.',
    'the vault': 'la caja fuerte',
    'its schema version {version} is not one this version made.':
        'su versión de esquema {version} no es una que haga esta versión.',
    '{file} holds saved changes after a damaged part; opening now would lose them.':
        '{file} guarda cambios después de una parte dañada; si se abre ahora, se perderían.',
    # Backups, files written, the recovery key
    'A recovery key has only the digits 0–9 and the letters A–F; this has {characters}.':
        'Una clave de recuperación solo tiene los dígitos 0–9 y las letras A–F; esta tiene {characters}.',
    "A recovery key is 8 groups of 9 characters (72 in all); this has {count}. Spaces and dashes don't matter.":
        'Una clave de recuperación tiene 8 grupos de 9 caracteres (72 en total); esta tiene {count}. Los espacios y los guiones no importan.',
    "RecoveryDesk can't write in {folder}. Choose another folder.":
        'RecoveryDesk no puede escribir en {folder}. Elige otra carpeta.',
    "RecoveryDesk can't write in {folder}. Nothing was written.":
        'RecoveryDesk no puede escribir en {folder}. No se ha escrito nada.',
    'The backup copy did not check out, so it was not kept. Your vault is unchanged; you could try again.':
        'La copia de seguridad no pasó la comprobación, así que no se ha guardado. Tu caja fuerte sigue igual; puedes intentarlo de nuevo.',
    'The file name is empty. Give a file name, like my-plan.pdf.':
        'Falta el nombre del archivo. Escribe uno, como mi-plan.pdf.',
    "The folder {folder} doesn't exist.": 'La carpeta {folder} no existe.',
    'The restored copy did not check out. Nothing was changed.':
        'La copia restaurada no pasó la comprobación. No se ha cambiado nada.',
    'There is no folder {folder}. Choose a folder that exists.':
        'No hay ninguna carpeta {folder}. Elige una carpeta que exista.',
    'Your vault seems to be open in another RecoveryDesk window or command. Close it and try again. Nothing was changed.':
        'Parece que tu caja fuerte está abierta en otra ventana u orden de RecoveryDesk. Ciérrala y vuelve a intentarlo. No se ha cambiado nada.',
    'it could not be read ({reason}).': 'no se pudo leer ({reason}).',
    'it is not a RecoveryDesk backup.': 'no es una copia de seguridad de RecoveryDesk.',
    'it uses backup format {format}, which this version does not know. A newer RecoveryDesk may open it.':
        'usa el formato de copia {format}, que esta versión no conoce. Puede que un RecoveryDesk más nuevo la abra.',
    'its header is damaged.': 'su cabecera está dañada.',
    'its key header is not usable: {reason}': 'su cabecera de clave no se puede usar: {reason}',
    'the file looks cut short or has bytes added.':
        'el archivo parece cortado o tiene bytes de más.',
    '{folder} is a file, not a folder. Choose a folder to keep your vault in; nothing was changed.':
        '{folder} es un archivo, no una carpeta. Elige una carpeta donde guardar tu caja fuerte; no se ha cambiado nada.',
    "{path} can't be used as a backup: {reason} Nothing was changed.":
        '{path} no se puede usar como copia de seguridad: {reason} No se ha cambiado nada.',
    '{path} could not be read ({reason}). Nothing was changed.':
        'No se pudo leer {path} ({reason}). No se ha cambiado nada.',
    '{path} is a folder. Give a file name inside it, like {example}.':
        '{path} es una carpeta. Escribe el nombre de un archivo dentro de ella, como {example}.',
    '{path} is a folder. Please name a file for the backup.':
        '{path} es una carpeta. Escribe el nombre de un archivo para la copia de seguridad.',
    "{path} is a link to somewhere else; RecoveryDesk doesn't write through links. Choose another name.":
        '{path} es un enlace a otro sitio; RecoveryDesk no escribe a través de enlaces. Elige otro nombre.',
    '{path} is a link. Please name a plain file for the backup.':
        '{path} es un enlace. Escribe el nombre de un archivo normal para la copia de seguridad.',
    '{path} is not an ordinary file. Choose another name.':
        '{path} no es un archivo normal. Elige otro nombre.',
    '{path} was made by a newer version of RecoveryDesk. Please update the app. Nothing was changed.':
        '{path} se hizo con una versión más nueva de RecoveryDesk. Actualiza la aplicación cuando puedas. No se ha cambiado nada.',
    # An import that is refused, an export folder (exchange/). "Record" there is one item of
    # the file ("elemento"), not a check-in ("registro"); {what} names a value mid-sentence.
    "The file has a value RecoveryDesk can't keep ({reason}). Nothing was imported.":
        'El archivo tiene un valor que RecoveryDesk no puede guardar ({reason}). No se ha importado nada.',
    '{name} is larger than {mib} MiB, more than RecoveryDesk imports at once. Nothing was imported.':
        '{name} ocupa más de {mib} MiB, más de lo que RecoveryDesk importa de una vez. No se ha importado nada.',
    "Couldn't read {path} ({reason}). Nothing was imported.":
        'No se pudo leer {path} ({reason}). No se ha importado nada.',
    "{name} isn't UTF-8 text (byte {byte} can't be read). Nothing was imported.":
        '{name} no es texto UTF-8 (el byte {byte} no se puede leer). No se ha importado nada.',
    "{name} isn't valid JSON ({reason}, line {line}). Nothing was imported.":
        '{name} no es un JSON válido ({reason}, línea {line}). No se ha importado nada.',
    "{name} isn't JSON RecoveryDesk can read. Nothing was imported.":
        '{name} no es un JSON que RecoveryDesk pueda leer. No se ha importado nada.',
    '{what} should be text. Nothing was imported.':
        'Se esperaba texto en {what}. No se ha importado nada.',
    '{what} is longer than {limit} characters. Nothing was imported.':
        'Hay más de {limit} caracteres en {what}. No se ha importado nada.',
    'The folder name is empty. Give a name for a new folder.':
        'Falta el nombre de la carpeta. Escribe uno para una carpeta nueva.',
    '{path} already exists. Choose a new folder name.':
        '{path} ya existe. Elige un nombre de carpeta nuevo.',
    "Couldn't write in {folder} ({reason}).": 'No se pudo escribir en {folder} ({reason}).',
    "{name} doesn't look like a Daylio CSV export (no {columns} column). Nothing was imported.":
        '{name} no parece una exportación CSV de Daylio (no tiene la columna {columns}). No se ha importado nada.',
    'Line {line} of {name} has more cells than the header. Nothing was imported.':
        'La línea {line} de {name} tiene más celdas que la cabecera. No se ha importado nada.',
    "{name} can't be read as CSV near line {line} ({reason}). Nothing was imported.":
        '{name} no se puede leer como CSV cerca de la línea {line} ({reason}). No se ha importado nada.',
    "Line {line} of {name} has a date or time RecoveryDesk can't read ({day} {clock}). Nothing was imported.":
        'La línea {line} de {name} tiene una fecha o una hora que RecoveryDesk no puede leer ({day} {clock}). No se ha importado nada.',
    'The mood on line {line}': 'el ánimo de la línea {line}',
    'The note title on line {line}': 'el título de la nota de la línea {line}',
    'The note on line {line}': 'la nota de la línea {line}',
    'The activities on line {line}': 'las actividades de la línea {line}',
    "{name} doesn't look like a jrnl JSON export (no list of entries). Nothing was imported.":
        '{name} no parece una exportación JSON de jrnl (no tiene una lista de entradas). No se ha importado nada.',
    "Entry {number} isn't a record. Nothing was imported.":
        'La entrada {number} no tiene la forma esperada. No se ha importado nada.',
    'The title of entry {number}': 'el título de la entrada {number}',
    'The body of entry {number}': 'el texto de la entrada {number}',
    'The date of entry {number}': 'la fecha de la entrada {number}',
    'The time of entry {number}': 'la hora de la entrada {number}',
    "Entry {number} has a date RecoveryDesk can't read ({day} {clock}). Nothing was imported.":
        'La entrada {number} tiene una fecha que RecoveryDesk no puede leer ({day} {clock}). No se ha importado nada.',
    'The tags of entry {number} should be a list. Nothing was imported.':
        'Las etiquetas de la entrada {number} deberían ser una lista. No se ha importado nada.',
    'A tag of entry {number}': 'una etiqueta de la entrada {number}',
    "{name} isn't a RecoveryDesk export. Nothing was imported.":
        '{name} no es una exportación de RecoveryDesk. No se ha importado nada.',
    '{name} is export format {found}; this version of RecoveryDesk reads format {known}. Nothing was imported.':
        '{name} usa el formato de exportación {found}; esta versión de RecoveryDesk lee el formato {known}. No se ha importado nada.',
    "Record {number} of '{kind}' has missing or unknown fields ({fields}). Nothing was imported.":
        "Al elemento {number} de '{kind}' le faltan campos o tiene campos desconocidos ({fields}). No se ha importado nada.",
    "Record {number} of '{kind}' has a field ('{field}') that is too long. Nothing was imported.":
        "El elemento {number} de '{kind}' tiene un campo ('{field}') demasiado largo. No se ha importado nada.",
    "Record {number} of '{kind}' has a date RecoveryDesk can't read. Nothing was imported.":
        "El elemento {number} de '{kind}' tiene una fecha que RecoveryDesk no puede leer. No se ha importado nada.",
    "'{kind}' should be a list of records. Nothing was imported.":
        "'{kind}' debería ser una lista de elementos. No se ha importado nada.",
    "The file has record kinds this version doesn't know ({kinds}). Nothing was imported.":
        'El archivo tiene tipos de elementos que esta versión no conoce ({kinds}). No se ha importado nada.',
    "Record {number} of '{kind}' belongs to a record of '{parent}' that isn't in the file. Nothing was imported.":
        "El elemento {number} de '{kind}' pertenece a un elemento de '{parent}' que no está en el archivo. No se ha importado nada.",
    "Record {number} of '{kind}' has a '{field}' that isn't a record number. Nothing was imported.":
        "El elemento {number} de '{kind}' tiene un '{field}' que no es un número de elemento. No se ha importado nada.",
    "A check-in's '{field}' should be a list. Nothing was imported.":
        "El campo '{field}' de un registro debería ser una lista. No se ha importado nada.",
    "A check-in's '{field}' has an entry that isn't a record. Nothing was imported.":
        "El campo '{field}' de un registro tiene un valor sin la forma esperada. No se ha importado nada.",
    # The key file's reasons (storage/keyheader.py), shown inside a sentence of storage's errors
    'it is not a RecoveryDesk key file.': 'no es un archivo de clave de RecoveryDesk.',
    'it is not a RecoveryDesk key file, or it is damaged.':
        'no es un archivo de clave de RecoveryDesk, o está dañado.',
    'it uses key file format {format}, which this version does not know. A newer RecoveryDesk may open it.':
        'usa el formato de archivo de clave {format}, que esta versión no conoce. Puede que un RecoveryDesk más nuevo lo abra.',
    'it names a key derivation this app does not use.':
        'indica una forma de derivar la clave que esta aplicación no usa.',
    'it asks for key settings outside what RecoveryDesk uses (it may have been edited).':
        'pide unos ajustes de clave fuera de los que usa RecoveryDesk (puede que se haya editado).',
    # exchange/: the import preview (ImportPlan.describe) and its counts
    'From a {source}:': 'De una {source}:',
    'Daylio CSV export': 'exportación CSV de Daylio',
    'jrnl JSON export': 'exportación JSON de jrnl',
    'RecoveryDesk JSON export': 'exportación JSON de RecoveryDesk',
    'dated {first} to {last}': 'con fechas del {first} al {last}',
    '{count} already in your vault, left out': '{count} ya están en tu caja fuerte; se dejan fuera',
    'Daylio moods → mood (0–5): {moods}': 'estados de ánimo de Daylio → ánimo (0–5): {moods}',
    "note title and note → the check-in's note": 'título y texto de la nota → la nota del registro',
    # The line's words stay English: they are what the import writes into the note.
    "activities → a line 'Activities: …' in the note":
        "actividades → una línea 'Activities: …' en la nota",
    'moods with names of your own ({names}) → written in the note; mood left empty':
        'estados de ánimo con nombre propio ({names}) → escritos en la nota; ánimo sin rellenar',
    'title and body → a journal entry, dated as in jrnl':
        'título y texto → una entrada del diario, con la fecha que tenía en jrnl',
    # 'starred' stays: it is the tag the import writes.
    "tags → tags (without @ or #); starred → the tag 'starred'":
        "etiquetas → etiquetas (sin @ ni #); las destacadas → la etiqueta 'starred'",
    'every record kind → the same kind in your vault':
        'cada tipo de elemento → el mismo tipo en tu caja fuerte',
    'skill session': 'sesión de habilidades',
    'skill sessions': 'sesiones de habilidades',
    'safety plan version': 'versión del plan de seguridad',
    'contact': 'contacto',
    'crisis line of your own': 'línea de crisis propia',
    'hidden crisis line': 'línea de crisis oculta',
    'skill preference': 'preferencia de habilidades',
    'journal template': 'plantilla del diario',
    'item of your own lists': 'elemento de tus propias listas',
    'setting': 'ajuste',
    'goal': 'meta',
    'goal step': 'paso de una meta',
    'goal review': 'repaso de una meta',
    'chain analysis': 'análisis en cadena',
    'safety plan versions': 'versiones del plan de seguridad',
    'contacts': 'contactos',
    'crisis lines of your own': 'líneas de crisis propias',
    'hidden crisis lines': 'líneas de crisis ocultas',
    'skill preferences': 'preferencias de habilidades',
    'journal templates': 'plantillas del diario',
    'items of your own lists': 'elementos de tus propias listas',
    'settings': 'ajustes',
    'goals': 'metas',
    'goal steps': 'pasos de metas',
    'goal reviews': 'repasos de metas',
    'chain analyses': 'análisis en cadena',
    # goals.py Progress
    'This week: {current} of {target} {unit}': 'Esta semana: {current} de {target} {unit}',
    'This week: {current} {unit}': 'Esta semana: {current} {unit}',
    'So far: {current} of {target} {unit}': 'Hasta ahora: {current} de {target} {unit}',
    'So far: {current} {unit}': 'Hasta ahora: {current} {unit}',
    '(last week {count})': '(la semana pasada, {count})',
}

PLURALS = {  # (English one, English many) → (one, many)
    ('{n} day', '{n} days'): ('{n} día', '{n} días'),
    ('{n} week', '{n} weeks'): ('{n} semana', '{n} semanas'),
    ('{n} month', '{n} months'): ('{n} mes', '{n} meses'),
    ('{n} session', '{n} sessions'): ('{n} sesión', '{n} sesiones'),
    ('{n} rated session', '{n} rated sessions'): ('{n} sesión puntuada', '{n} sesiones puntuadas'),
    ('{n} skill used.', '{n} skills used.'): ('{n} habilidad usada.', '{n} habilidades usadas.'),
    ('{n} check-in in these dates.', '{n} check-ins in these dates.'):
        ('{n} registro en estas fechas.', '{n} registros en estas fechas.'),
    ('{checkins} on {n} day', '{checkins} on {n} days'):
        ('{checkins} en {n} día', '{checkins} en {n} días'),
    ('Something looks mistyped in group {which} (counting from the left). Compare it with your copy, character by character.', 'Something looks mistyped in groups {which} (counting from the left). Compare it with your copy, character by character.'):
        ('Parece que hay algo mal escrito en el grupo {which} (contando desde la izquierda). Compáralo con tu copia, carácter a carácter.', 'Parece que hay algo mal escrito en los grupos {which} (contando desde la izquierda). Compáralos con tu copia, carácter a carácter.'),
}
