# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order (polite "shoma").
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = نمای ساده برای مراجع
easy-toggle-hint = یک سؤال در هر صفحه، حروف و دکمه‌های بزرگ‌تر، جمله‌های کوتاه، بلند خواندن، و کلمه هالندی زیر کلمه به زبان خود مراجع.
easy-badge = نمای ساده
easy-read-aloud = بلند خواندن
easy-no-voice = این تبلت برای بلند خواندن به این زبان صدا ندارد: { $language }.
easy-dutch-label = به هالندی:
easy-title = حال شما چطور است؟
easy-intro = 18 سؤال هست. هر بار یک سؤال. شما یک جواب انتخاب می‌کنید. همه چیز ذخیره می‌شود.
easy-progress = سؤال { $current } از { $total }
easy-q-money = وضع پول چطور است؟
easy-q-housing = وضع خانه‌تان چطور است؟
easy-q-health = جسم‌تان چطور است؟
easy-q-mind = چه احساسی دارید؟
easy-q-addiction = وضع الکول، مواد مخدر یا قمار چطور است؟
easy-q-family = مراقبت از فرزندان یا خانواده‌تان چطور پیش می‌رود؟
easy-q-childcare = وضع نگهداری از فرزندان‌تان چطور است؟
easy-q-safety = در خانه چقدر احساس امنیت می‌کنید؟
easy-q-network = وضع دوستان و خانواده چطور است؟
easy-q-structure = روزتان چطور می‌گذرد: بیدار شدن و وقت‌های ملاقات؟
easy-q-daily = پخت‌وپز، شستشو و پاک‌کاری چطور پیش می‌رود؟
easy-q-dutch = زبان هالندی چطور پیش می‌رود؟
easy-q-learning = مکتب و کورس‌ها چطور پیش می‌رود؟
easy-q-work = کار چطور پیش می‌رود؟
easy-q-attitude = درباره کار یا آموزش چه احساسی دارید؟
easy-q-mobility = وضع بس، قطار یا بایسکل چطور است؟
easy-q-papers = وضع نامه‌ها و کاغذها چطور است؟
easy-q-digital = وضع موبایل و کمپیوتر چطور است؟
easy-help = کمک می‌خواهم.
easy-note-label = می‌خواهید چیزی بگویید؟ می‌توانید. لازم نیست.
easy-skip = بعداً
easy-back = برگشت
easy-next = بعدی
easy-saved = همه چیز ذخیره شده است. می‌توانید اینجا توقف کنید و بعداً ادامه دهید.
easy-skipped-note = این سؤال را اول گذاشته بودید برای بعد. اشکالی ندارد.
easy-end-title = تمام شد! خیلی تشکر.
easy-end-body = همیشه می‌توانید به یک سؤال برگردید.
easy-end-open =
    { $count ->
        [0] همه سؤال‌ها جواب داده شده است.
        [one] یک سؤال هنوز باز است.
       *[other] { $count } سؤال هنوز باز است.
    }
easy-go-to = به سؤال درباره { $domain }

## changes
easy-changes-title = این از { $date } به این طرف جدید است
