import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 21:
/***/ ((module) => {



module.exports = ({onlyFirst = false} = {}) => {
	const pattern = [
		'[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)',
		'(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))'
	].join('|');

	return new RegExp(pattern, onlyFirst ? undefined : 'g');
};


/***/ }),

/***/ 8502:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _SingleBar = __nccwpck_require__(2176);
const _MultiBar = __nccwpck_require__(9307);
const _Presets = __nccwpck_require__(1921);
const _Formatter = __nccwpck_require__(4740);
const _defaultFormatValue = __nccwpck_require__(8023);
const _defaultFormatBar = __nccwpck_require__(5563);
const _defaultFormatTime = __nccwpck_require__(9061);

// sub-module access
module.exports = {
    Bar: _SingleBar,
    SingleBar: _SingleBar,
    MultiBar: _MultiBar,
    Presets: _Presets,
    Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
    }
};

/***/ }),

/***/ 4250:
/***/ ((module) => {


// ETA calculation
class ETA{

    constructor(length, initTime, initValue){
        // size of eta buffer
        this.etaBufferLength = length || 100;

        // eta buffer with initial values
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];

        // eta time value
        this.eta = '0';
    }

    // add new values to calculation buffer
    update(time, value, total){
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);

        // trigger recalculation
        this.calculate(total-value);
    }

    // fetch estimated time
    getTime(){
        return this.eta;
    }

    // eta calculation - request number of remaining events
    calculate(remaining){
        // get number of samples in eta buffer
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);

        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];

        // get progress per ms
        const vt_rate = v_diff/t_diff;

        // strip past elements
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer  = this.timeBuffer.slice(-this.etaBufferLength);

        // eq: vt_rate *x = total
        const eta = Math.ceil(remaining/vt_rate/1000);

        // check values
        if (isNaN(eta)){
            this.eta = 'NULL';

        // +/- Infinity --- NaN already handled
        }else if (!isFinite(eta)){
            this.eta = 'INF';

        // > 10M s ? - set upper display limit ~115days (1e7/60/60/24)
        }else if (eta > 1e7){
            this.eta = 'INF';

        // negative ?
        }else if (eta < 0){
            this.eta = 0;

        }else{
            // assign
            this.eta = eta;
        }
    }
}

module.exports = ETA;

/***/ }),

/***/ 5563:
/***/ ((module) => {

// format bar
module.exports = function formatBar(progress, options){
    // calculate barsize
    const completeSize = Math.round(progress*options.barsize);
    const incompleteSize = options.barsize-completeSize;

   // generate bar string by stripping the pre-rendered strings
   return   options.barCompleteString.substr(0, completeSize) +
            options.barGlue +
            options.barIncompleteString.substr(0, incompleteSize);
}

/***/ }),

/***/ 9061:
/***/ ((module) => {

// default time format

// format a number of seconds into hours and minutes as appropriate
module.exports = function formatTime(t, options, roundToMultipleOf){
    function round(input) {
        if (roundToMultipleOf) {
            return roundToMultipleOf * Math.round(input / roundToMultipleOf);
        } else {
            return input
        }
    }

    // leading zero padding
    function autopadding(v){
        return (options.autopaddingChar + v).slice(-2);
    }

    // > 1h ?
    if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + 'h' + autopadding(round((t % 3600) / 60)) + 'm';

    // > 60s ?
    } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + 'm' + autopadding(round((t % 60))) + 's';

    // > 10s ?
    } else if (t > 10) {
        return autopadding(round(t)) + 's';

    // default: don't apply round to multiple
    }else{
        return autopadding(t) + 's';
    }
}

/***/ }),

/***/ 8023:
/***/ ((module) => {

// default value format (apply autopadding)

// format valueset
module.exports = function formatValue(v, options, type){
    // no autopadding ? passthrough
    if (options.autopadding !== true){
        return v;
    }

    // padding
    function autopadding(value, length){
        return (options.autopaddingChar + value).slice(-length);
    }

    switch (type){
        case 'percentage':
            return autopadding(v, 3);

        default:
            return v;
    }
}

/***/ }),

/***/ 4740:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _stringWidth = __nccwpck_require__(60);
const _defaultFormatValue = __nccwpck_require__(8023);
const _defaultFormatBar = __nccwpck_require__(5563);
const _defaultFormatTime = __nccwpck_require__(9061);

// generic formatter
module.exports = function defaultFormatter(options, params, payload){

    // copy format string
    let s = options.format;

    // custom time format set ?
    const formatTime = options.formatTime || _defaultFormatTime;
    
    // custom value format set ?
    const formatValue = options.formatValue || _defaultFormatValue;

    // custom bar format set ?
    const formatBar = options.formatBar || _defaultFormatBar;

    // calculate progress in percent
    const percentage =  Math.floor(params.progress*100) + '';

    // bar stopped and stopTime set ?
    const stopTime = params.stopTime || Date.now();

    // calculate elapsed time
    const elapsedTime = Math.round((stopTime - params.startTime)/1000);

    // merges data from payload and calculated
    const context = Object.assign({}, payload, {
        bar:                    formatBar(params.progress, options),

        percentage:             formatValue(percentage, options, 'percentage'),
        total:                  formatValue(params.total, options, 'total'),
        value:                  formatValue(params.value, options, 'value'),

        eta:                    formatValue(params.eta, options, 'eta'),
        eta_formatted:          formatTime(params.eta, options, 5),
        
        duration:               formatValue(elapsedTime, options, 'duration'),
        duration_formatted:     formatTime(elapsedTime, options, 1)
    });

    // assign placeholder tokens
    s = s.replace(/\{(\w+)\}/g, function(match, key){
        // key exists within payload/context
        if (typeof context[key] !== 'undefined') {
            return context[key];
        }

        // no changes to unknown values
        return match;
    });

    // calculate available whitespace (2 characters margin of error)
    const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) -2);
    const halfMargin = Math.floor(fullMargin / 2);

    // distribute available whitespace according to position
    switch (options.align) {

        // fill start-of-line with whitespaces
        case 'right':
            s = (fullMargin > 0) ? ' '.repeat(fullMargin) + s : s;
            break;

        // distribute whitespaces to left+right
        case 'center':
            s = (halfMargin > 0) ? ' '.repeat(halfMargin) + s : s;
            break;

        // default: left align, no additional whitespaces
        case 'left':
        default:
            break;
    }

    return s;
}


/***/ }),

/***/ 5123:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _ETA = __nccwpck_require__(4250);
const _Terminal = __nccwpck_require__(7748);
const _formatter = __nccwpck_require__(4740);
const _options = __nccwpck_require__(1596);
const _EventEmitter = __nccwpck_require__(4434);

// Progress-Bar constructor
module.exports = class GenericBar extends _EventEmitter{

    constructor(options){
        super();

        // store options and assign derived ones (instance specific)
        this.options = _options.assignDerivedOptions(options);

        // store terminal instance
        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

        // the current bar value
        this.value = 0;

        // bar start value (used for progress calculation)
        this.startValue = 0;

        // the end value of the bar
        this.total = 100;

        // last drawn string - only render on change!
        this.lastDrawnString = null;

        // start time (used for eta calculation)
        this.startTime = null;

        // stop time (used for duration calculation)
        this.stopTime = null;

        // last update time
        this.lastRedraw = Date.now();

        // default eta calculator (will be re-create on start)
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);

        // payload data
        this.payload = {};

        // progress bar active ?
        this.isActive = false;

        // use default formatter or custom one ?
        this.formatter = (typeof this.options.format === 'function') ? this.options.format : _formatter;
    }

    // internal render function
    render(forceRendering=false){

        // formatter params
        const params = {
            progress: this.getProgress(),
            eta: this.eta.getTime(),
            startTime: this.startTime,
            stopTime: this.stopTime,
            total: this.total,
            value: this.value,
            maxWidth: this.terminal.getWidth()
        };

        // automatic eta update ? (long running processes)
        if (this.options.etaAsynchronousUpdate){
            this.updateETA();
        }

        // format string
        const s = this.formatter(this.options, params, this.payload);

        const forceRedraw = forceRendering || this.options.forceRedraw
            // force redraw in notty-mode!
            || (this.options.noTTYOutput && !this.terminal.isTTY());

        // string changed ? only trigger redraw on change!
        if (forceRedraw || this.lastDrawnString != s){
            // trigger event
            this.emit('redraw-pre');

            // set cursor to start of line
            this.terminal.cursorTo(0, null);

            // write output
            this.terminal.write(s);

            // clear to the right from cursor
            this.terminal.clearRight();

            // store string
            this.lastDrawnString = s;

            // set last redraw time
            this.lastRedraw = Date.now();

            // trigger event
            this.emit('redraw-post');
        }
    }

    // start the progress bar
    start(total, startValue, payload){
        // set initial values
        this.value = startValue || 0;
        this.total = (typeof total !== 'undefined' && total >= 0) ? total : 100;

        // set start value for progress calculation
        this.startValue = (startValue || 0);

        // store payload (optional)
        this.payload = payload || {};

        // store start time for duration+eta calculation
        this.startTime = Date.now();

        // reset stop time for 're-start' scenario (used for duration calculation)
        this.stopTime = null;

        // reset string line buffer (redraw detection)
        this.lastDrawnString = '';

        // initialize eta buffer
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);

        // set flag
        this.isActive = true;

        // start event
        this.emit('start', total, startValue);
    }

    // stop the bar
    stop(){
        // set flag
        this.isActive = false;
        
        // store stop timestamp to get total duration
        this.stopTime = Date.now();

        // stop event
        this.emit('stop', this.total, this.value);
    }

    // update the bar value
    // update(value, payload)
    // update(payload)
    update(arg0, arg1 = {}){
        // value set ?
        // update(value, [payload]);
        if (typeof arg0 === 'number') {
            // update value
            this.value = arg0;

            // add new value; recalculate eta
            this.eta.update(Date.now(), arg0, this.total);
        }

        // extract payload
        // update(value, payload)
        // update(payload)
        const payloadData = ((typeof arg0 === 'object') ? arg0 : arg1) || {};

        // update event (before stop() is called)
        this.emit('update', this.total, this.value);

        // merge payload
        for (const key in payloadData){
            this.payload[key] = payloadData[key];
        }

        // limit reached ? autostop set ?
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
            this.stop();
        }
    }

    // calculate the actual progress value
    getProgress(){
        // calculate the normalized current progress
        let progress = (this.value/this.total);

        // use relative progress calculation ? range between startValue and total is then used as 100%
        // startValue (offset) is ignored for calculations
        if (this.options.progressCalculationRelative){
            progress = (this.value-this.startValue)/(this.total-this.startValue);
        }

        // handle NaN Errors caused by total=0. Set to complete in this case
        if (isNaN(progress)){
            progress = (this.options && this.options.emptyOnZero) ? 0.0 : 1.0;
        }

        // limiter
        progress = Math.min(Math.max(progress, 0.0), 1.0);

        return progress;
    }

    // update the bar value
    // increment(delta, payload)
    // increment(payload)
    increment(arg0 = 1, arg1 = {}){
        // increment([payload]) => step=1
        // handle the use case when `step` is omitted but payload is passed
        if (typeof arg0 === 'object') {
            this.update(this.value + 1, arg0);
        
        // increment([step=1], [payload={}])
        }else{
            this.update(this.value + arg0, arg1);
        }
    }

    // get the total (limit) value
    getTotal(){
        return this.total;
    }

    // set the total (limit) value
    setTotal(total){
        if (typeof total !== 'undefined' && total >= 0){
            this.total = total;
        }
    }

    // force eta calculation update (long running processes)
    updateETA(){
        // add new value; recalculate eta
        this.eta.update(Date.now(), this.value, this.total);
    }
}


/***/ }),

/***/ 9307:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _Terminal = __nccwpck_require__(7748);
const _BarElement = __nccwpck_require__(5123);
const _options = __nccwpck_require__(1596);
const _EventEmitter = __nccwpck_require__(4434);

// Progress-Bar constructor
module.exports = class MultiBar extends _EventEmitter{

    constructor(options, preset){
        super();

        // list of bars
        this.bars = [];

        // parse+store options
        this.options = _options.parse(options, preset);

        // disable synchronous updates
        this.options.synchronousUpdate = false;

        // store terminal instance
        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

        // the update timer
        this.timer = null;

        // progress bar active ?
        this.isActive = false;

        // update interval
        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

        // logging output buffer
        this.loggingBuffer = [];

        // callback used for gracefulExit
        this.sigintCallback = null;
    }

    // add a new bar to the stack
    create(total, startValue, payload, barOptions={}){
        // create new bar element and merge global options + overrides
        // use the same global terminal instance for all instances
        const bar = new _BarElement(Object.assign(
            {}, 

            // global options
            this.options, 

            // terminal instance
            {
                terminal: this.terminal
            },

            // overrides
            barOptions,
        ));

        // store bar
        this.bars.push(bar);

        // progress updates are only visible in TTY mode!
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
            return bar;
        }

        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
        if (this.sigintCallback === null && this.options.gracefulExit){
            this.sigintCallback = this.stop.bind(this);
            process.once('SIGINT', this.sigintCallback);
            process.once('SIGTERM', this.sigintCallback);
        }
        
        // multiprogress already active ?
        if (!this.isActive){
            // hide the cursor ?
            if (this.options.hideCursor === true){
                this.terminal.cursor(false);
            }

            // disable line wrapping ?
            if (this.options.linewrap === false){
                this.terminal.lineWrapping(false);
            }
    
            // initialize update timer
            this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }

        // set flag
        this.isActive = true;

        // start progress bar
        bar.start(total, startValue, payload);

        // trigger event
        this.emit('start');

        // return new instance
        return bar;
    }

    // remove a bar from the stack
    remove(bar){
        // find element
        const index = this.bars.indexOf(bar);

        // element found ?
        if (index < 0){
            return false;
        }

        // remove element
        this.bars.splice(index, 1);

        // force update
        this.update();

        // clear bottom
        this.terminal.newline();
        this.terminal.clearBottom();

        return true;
    }

    // internal update routine
    update(){
        // stop timer
        if (this.timer){
            clearTimeout(this.timer);
            this.timer = null;
        }

        // trigger event
        this.emit('update-pre');
        
        // reset cursor
        this.terminal.cursorRelativeReset();

        // trigger event
        this.emit('redraw-pre');

        // content within logging buffer ?
        if (this.loggingBuffer.length > 0){
            this.terminal.clearLine();

            // flush logging buffer and write content to terminal
            while (this.loggingBuffer.length > 0){
                this.terminal.write(this.loggingBuffer.shift(), true);
            }
        }

        // update each bar
        for (let i=0; i< this.bars.length; i++){
            // add new line ?
            if (i > 0){
                this.terminal.newline();
            }

            // render
            this.bars[i].render();
        }

        // trigger event
        this.emit('redraw-post');

        // add new line in notty mode!
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.terminal.newline();
            this.terminal.newline();
        }

        // next update
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);

        // trigger event
        this.emit('update-post');

        // stop if stopOnComplete and all bars stopped
        if (this.options.stopOnComplete && !this.bars.find(bar => bar.isActive)) {
            this.stop();
        }
    }

    stop(){

        // stop timer
        clearTimeout(this.timer);
        this.timer = null;

        // remove sigint listener
        if (this.sigintCallback){
            process.removeListener('SIGINT', this.sigintCallback);
            process.removeListener('SIGTERM', this.sigintCallback);
            this.sigintCallback = null;
        }

        // set flag
        this.isActive = false;

        // cursor hidden ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(true);
        }

        // re-enable line wrpaping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(true);
        }

        // reset cursor
        this.terminal.cursorRelativeReset();

        // trigger event
        this.emit('stop-pre-clear');

        // clear line on complete ?
        if (this.options.clearOnComplete){
            // clear all bars
            this.terminal.clearBottom();
            
        // or show final progress ?
        }else{
            // update each bar
            for (let i=0; i< this.bars.length; i++){
                // add new line ?
                if (i > 0){
                    this.terminal.newline();
                }

                // trigger final rendering
                this.bars[i].render();

                // stop
                this.bars[i].stop();
            }

            // new line on complete
            this.terminal.newline();
        }

        // trigger event
        this.emit('stop');
    }

    log(s){
        // push content into logging buffer
        this.loggingBuffer.push(s);
    }
}


/***/ }),

/***/ 1596:
/***/ ((module) => {

// utility to merge defaults
function mergeOption(v, defaultValue){
    if (typeof v === 'undefined' || v === null){
        return defaultValue;
    }else{
        return v;
    }
}

module.exports = {
    // set global options
    parse: function parse(rawOptions, preset){

        // options storage
        const options = {};

        // merge preset
        const opt = Object.assign({}, preset, rawOptions);

        // the max update rate in fps (redraw will only triggered on value change)
        options.throttleTime = 1000 / (mergeOption(opt.fps, 10));

        // the output stream to write on
        options.stream = mergeOption(opt.stream, process.stderr);

        // external terminal provided ?
        options.terminal = mergeOption(opt.terminal, null);

        // clear on finish ?
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);

        // stop on finish ?
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);

        // size of the progressbar in chars
        options.barsize = mergeOption(opt.barsize, 40);

        // position of the progress bar - 'left' (default), 'right' or 'center'
        options.align = mergeOption(opt.align, 'left');

        // hide the cursor ?
        options.hideCursor = mergeOption(opt.hideCursor, false);

        // disable linewrapping ?
        options.linewrap = mergeOption(opt.linewrap, false);

        // glue sequence (control chars) between bar elements ?
        options.barGlue = mergeOption(opt.barGlue, '');

        // bar chars
        options.barCompleteChar = mergeOption(opt.barCompleteChar, '=');
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, '-');

        // the bar format
        options.format = mergeOption(opt.format, 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}');

        // external time-format provided ?
        options.formatTime = mergeOption(opt.formatTime, null);

        // external value-format provided ?
        options.formatValue = mergeOption(opt.formatValue, null);

        // external bar-format provided ?
        options.formatBar = mergeOption(opt.formatBar, null);

        // the number of results to average ETA over
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);

        // automatic eta updates based on fps
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);

        // progress calculation relative to start value ? default start at 0
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);

        // allow synchronous updates ?
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);

        // notty mode
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);

        // schedule - 2s
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2000);
        
        // emptyOnZero - false
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);

        // force bar redraw even if progress did not change
        options.forceRedraw = mergeOption(opt.forceRedraw, false);

        // automated padding to fixed width ?
        options.autopadding = mergeOption(opt.autopadding, false);

        // stop bar on SIGINT/SIGTERM to restore cursor settings ?
        options.gracefulExit = mergeOption(opt.gracefulExit, false);

        return options;
    },

    // derived options: instance specific, has to be created for every bar element
    assignDerivedOptions: function assignDerivedOptions(options){
        // pre-render bar strings (performance)
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);

        // autopadding character - empty in case autopadding is disabled
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, '   ') : '';

        return options;
    }
};

/***/ }),

/***/ 2176:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _GenericBar = __nccwpck_require__(5123);
const _options = __nccwpck_require__(1596);

// Progress-Bar constructor
module.exports = class SingleBar extends _GenericBar{

    constructor(options, preset){
        super(_options.parse(options, preset));

        // the update timer
        this.timer = null;

        // disable synchronous updates in notty mode
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.options.synchronousUpdate = false;
        }

        // update interval
        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

        // callback used for gracefulExit
        this.sigintCallback = null;
    }

    // internal render function
    render(){
        // stop timer
        if (this.timer){
            clearTimeout(this.timer);
            this.timer = null;
        }

        // run internal rendering
        super.render();

        // add new line in notty mode!
        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
            this.terminal.newline();
        }

        // next update
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
    }

    update(current, payload){
        // timer inactive ?
        if (!this.timer) {
            return;
        }

        super.update(current, payload);

        // trigger synchronous update ?
        // check for throttle time 
        if (this.options.synchronousUpdate && (this.lastRedraw + this.options.throttleTime*2) < Date.now()){
            // force update
            this.render();
        }
    }

    // start the progress bar
    start(total, startValue, payload){
        // progress updates are only visible in TTY mode!
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
            return;
        }

        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
        if (this.sigintCallback === null && this.options.gracefulExit){
            this.sigintCallback = this.stop.bind(this);
            process.once('SIGINT', this.sigintCallback);
            process.once('SIGTERM', this.sigintCallback);
        }

        // save current cursor settings
        this.terminal.cursorSave();

        // hide the cursor ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(false);
        }

        // disable line wrapping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(false);
        }

        // initialize bar
        super.start(total, startValue, payload);

        // redraw on start!
        this.render();
    }

    // stop the bar
    stop(){
        // timer inactive ?
        if (!this.timer) {
            return;
        }
        
        // remove sigint listener
        if (this.sigintCallback){
            process.removeListener('SIGINT', this.sigintCallback);
            process.removeListener('SIGTERM', this.sigintCallback);
            this.sigintCallback = null;
        }

        // trigger final rendering
        this.render();

        // restore state
        super.stop();

        // stop timer
        clearTimeout(this.timer);
        this.timer = null;

        // cursor hidden ?
        if (this.options.hideCursor === true){
            this.terminal.cursor(true);
        }

        // re-enable line wrapping ?
        if (this.options.linewrap === false){
            this.terminal.lineWrapping(true);
        }

        // restore cursor on complete (position + settings)
        this.terminal.cursorRestore();

        // clear line on complete ?
        if (this.options.clearOnComplete){
            this.terminal.cursorTo(0, null);
            this.terminal.clearLine();
        }else{
            // new line on complete
            this.terminal.newline();
        }
    }
}

/***/ }),

/***/ 7748:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _readline = __nccwpck_require__(3785);

// low-level terminal interactions
class Terminal{

    constructor(outputStream){
        this.stream = outputStream;

        // default: line wrapping enabled
        this.linewrap = true;

        // current, relative y position
        this.dy = 0;
    }

    // save cursor position + settings
    cursorSave(){
        if (!this.stream.isTTY){
            return;
        }

        // save position
        this.stream.write('\x1B7');
    }

    // restore last cursor position + settings
    cursorRestore(){
        if (!this.stream.isTTY){
            return;
        }

        // restore cursor
        this.stream.write('\x1B8');
    }

    // show/hide cursor
    cursor(enabled){
        if (!this.stream.isTTY){
            return;
        }

        if (enabled){
            this.stream.write('\x1B[?25h');
        }else{
            this.stream.write('\x1B[?25l');
        }
    }

    // change cursor positionn
    cursorTo(x=null, y=null){
        if (!this.stream.isTTY){
            return;
        }

        // move cursor absolute
        _readline.cursorTo(this.stream, x, y);
    }

    // change relative cursor position
    cursorRelative(dx=null, dy=null){
        if (!this.stream.isTTY){
            return;
        }

        // store current position
        this.dy = this.dy + dy;
        
        // move cursor relative
        _readline.moveCursor(this.stream, dx, dy);
    }

    // relative reset
    cursorRelativeReset(){
        if (!this.stream.isTTY){
            return;
        }

        // move cursor to initial line
        _readline.moveCursor(this.stream, 0, -this.dy);

        // first char
        _readline.cursorTo(this.stream, 0, null);

        // reset counter
        this.dy = 0;
    }

    // clear to the right from cursor
    clearRight(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearLine(this.stream, 1);
    }

    // clear the full line
    clearLine(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearLine(this.stream, 0);
    }

    // clear everyting beyond the current line
    clearBottom(){
        if (!this.stream.isTTY){
            return;
        }

        _readline.clearScreenDown(this.stream);
    }

    // add new line; increment counter
    newline(){
        this.stream.write('\n');
        this.dy++;
    }

    // write content to output stream
    // @TODO use string-width to strip length
    write(s, rawWrite=false){
        // line wrapping enabled ? trim output
        // this is just a fallback mechanism in case user enabled line-wrapping via options or set it to auto
        if (this.linewrap === true && rawWrite === false){
            this.stream.write(s.substr(0, this.getWidth()));

        // standard behaviour with disabled linewrapping
        }else{
            this.stream.write(s);
        }
    }

    // control line wrapping
    lineWrapping(enabled){
        if (!this.stream.isTTY){
            return;
        }

        // store state
        this.linewrap = enabled;
        if (enabled){
            this.stream.write('\x1B[?7h');
        }else{
            this.stream.write('\x1B[?7l');
        }
    }

    // tty environment ?
    isTTY(){
        return (this.stream.isTTY === true);
    }

    // get terminal width
    getWidth(){
        // set max width to 80 in tty-mode and 200 in notty-mode
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
    }
}

module.exports = Terminal;


/***/ }),

/***/ 1921:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const _legacy = __nccwpck_require__(4874);
const _shades_classic = __nccwpck_require__(8170);
const _shades_grey = __nccwpck_require__(3351);
const _rect = __nccwpck_require__(8879);

module.exports = {
    legacy: _legacy,
    shades_classic: _shades_classic,
    shades_grey: _shades_grey,
    rect: _rect
};

/***/ }),

/***/ 4874:
/***/ ((module) => {

// cli-progress legacy style as of 1.x
module.exports = {
    format: 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '=',
    barIncompleteChar: '-'
};

/***/ }),

/***/ 8879:
/***/ ((module) => {

module.exports = {
    format: ' {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u25A0',
    barIncompleteChar: ' '
};

/***/ }),

/***/ 8170:
/***/ ((module) => {

// cli-progress legacy style as of 1.x
module.exports = {
    format: ' {bar} {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591'
};

/***/ }),

/***/ 3351:
/***/ ((module) => {


// cli-progress legacy style as of 1.x
module.exports = {
    format: ' \u001b[90m{bar}\u001b[0m {percentage}% | ETA: {eta}s | {value}/{total}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591'
};

/***/ }),

/***/ 872:
/***/ ((module) => {



module.exports = function () {
  // https://mths.be/emoji
  return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
};


/***/ }),

/***/ 4519:
/***/ ((module) => {

/* eslint-disable yoda */


const isFullwidthCodePoint = codePoint => {
	if (Number.isNaN(codePoint)) {
		return false;
	}

	// Code points are derived from:
	// http://www.unix.org/Public/UNIDATA/EastAsianWidth.txt
	if (
		codePoint >= 0x1100 && (
			codePoint <= 0x115F || // Hangul Jamo
			codePoint === 0x2329 || // LEFT-POINTING ANGLE BRACKET
			codePoint === 0x232A || // RIGHT-POINTING ANGLE BRACKET
			// CJK Radicals Supplement .. Enclosed CJK Letters and Months
			(0x2E80 <= codePoint && codePoint <= 0x3247 && codePoint !== 0x303F) ||
			// Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
			(0x3250 <= codePoint && codePoint <= 0x4DBF) ||
			// CJK Unified Ideographs .. Yi Radicals
			(0x4E00 <= codePoint && codePoint <= 0xA4C6) ||
			// Hangul Jamo Extended-A
			(0xA960 <= codePoint && codePoint <= 0xA97C) ||
			// Hangul Syllables
			(0xAC00 <= codePoint && codePoint <= 0xD7A3) ||
			// CJK Compatibility Ideographs
			(0xF900 <= codePoint && codePoint <= 0xFAFF) ||
			// Vertical Forms
			(0xFE10 <= codePoint && codePoint <= 0xFE19) ||
			// CJK Compatibility Forms .. Small Form Variants
			(0xFE30 <= codePoint && codePoint <= 0xFE6B) ||
			// Halfwidth and Fullwidth Forms
			(0xFF01 <= codePoint && codePoint <= 0xFF60) ||
			(0xFFE0 <= codePoint && codePoint <= 0xFFE6) ||
			// Kana Supplement
			(0x1B000 <= codePoint && codePoint <= 0x1B001) ||
			// Enclosed Ideographic Supplement
			(0x1F200 <= codePoint && codePoint <= 0x1F251) ||
			// CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
			(0x20000 <= codePoint && codePoint <= 0x3FFFD)
		)
	) {
		return true;
	}

	return false;
};

module.exports = isFullwidthCodePoint;
module.exports["default"] = isFullwidthCodePoint;


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 60:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const stripAnsi = __nccwpck_require__(3958);
const isFullwidthCodePoint = __nccwpck_require__(4519);
const emojiRegex = __nccwpck_require__(872);

const stringWidth = string => {
	if (typeof string !== 'string' || string.length === 0) {
		return 0;
	}

	string = stripAnsi(string);

	if (string.length === 0) {
		return 0;
	}

	string = string.replace(emojiRegex(), '  ');

	let width = 0;

	for (let i = 0; i < string.length; i++) {
		const code = string.codePointAt(i);

		// Ignore control characters
		if (code <= 0x1F || (code >= 0x7F && code <= 0x9F)) {
			continue;
		}

		// Ignore combining characters
		if (code >= 0x300 && code <= 0x36F) {
			continue;
		}

		// Surrogates
		if (code > 0xFFFF) {
			i++;
		}

		width += isFullwidthCodePoint(code) ? 2 : 1;
	}

	return width;
};

module.exports = stringWidth;
// TODO: remove this in the next major version
module.exports["default"] = stringWidth;


/***/ }),

/***/ 3958:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const ansiRegex = __nccwpck_require__(21);

module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(9215);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 9215:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9215);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9215);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/v8-tuning.ts
// Two V8 settings, set once at start by the action and the CLI. Both flags are V8's own: if a Node release drops
// one, V8 prints "unrecognized flag" rather than failing (test/unit/v8-tuning.test.ts watches for that).

const V8_FLAGS = [
    // Every 64 KiB socket read of a streamed blob leaves a dead Buffer; with so little JavaScript allocation per chunk,
    // young-generation collections (scavenges) hardly ran and the dead buffers piled up until V8's external-memory
    // limit forced full mark-sweeps. Scavenging at 20% of the young generation instead of 80% frees them young and
    // cheaply. One 512 MiB blob, 8 interleaved runs: CPU 1.14 -> 0.99 s, peak RSS 157 -> 96 MiB; neutral on many
    // small blobs and at start-up.
    '--minor-gc-task-trigger=20',
    // undici parses HTTP with llhttp compiled to WebAssembly. After a handful of responses V8 starts recompiling its
    // parser function with TurboFan on a background thread, and the process cannot exit before that job ends: ~30 ms
    // at the end of every short run (a no-op promotion: 115 -> 86 ms wall, 30 interleaved runs). The baseline
    // (Liftoff) code is enough for hoist's traffic: one 512 MiB blob took the same CPU with and without the flag
    // (1.05 s, 8 interleaved runs), and the 40-layer promotion and the fan-out benchmarks did not move.
    '--wasm-tiering-budget=2000000000',
];
function tuneV8() {
    for (const flag of V8_FLAGS)
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
}

;// CONCATENATED MODULE: ./src/retry/describe.ts
function describeRetry(event) {
    return `Retrying ${event.operation} in ${event.delayMs} ms after ${event.reason} (attempt ${event.attempt} of ${event.attempts}).`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/oci/digest.ts
// Content digests: validation, and a pass-through stream that proves bytes match their digest as they flow.


const HEX_LENGTH = { sha256: 64, sha512: 128 };
class DigestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestError';
    }
}
/** Validate `algorithm:hex` (sha256 or sha512, lowercase hex of the right length). */
function parseDigest(text) {
    const colon = text.indexOf(':');
    const algorithm = colon > 0 ? text.slice(0, colon) : '';
    const hex = text.slice(colon + 1);
    const length = HEX_LENGTH[algorithm];
    if (colon <= 0 || length === undefined) {
        throw new DigestError(`digest "${text}" is not valid; expected sha256:<64 hex> or sha512:<128 hex>`);
    }
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        throw new DigestError(`digest "${text}" is not valid; ${algorithm} takes exactly ${length} lowercase hex characters`);
    }
    return { algorithm: algorithm, hex, text };
}
function isDigest(text) {
    try {
        parseDigest(text);
        return true;
    }
    catch {
        return false;
    }
}
/** Digest of bytes held in memory, with the algorithm of `like` (sha256 by default). */
function digestOf(bytes, like = 'sha256:') {
    const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(what, expected, actual) {
        super(`${what} does not match its digest: expected ${expected}, got ${actual}; the bytes were not trusted.`);
        this.name = 'DigestMismatchError';
        this.expected = expected;
        this.actual = actual;
    }
}
/**
 * Passes bytes through unchanged while hashing them; fails the stream (so whatever consumes it aborts) when the
 * byte count exceeds the expected size, or at the end when size or digest differ. Memory stays at one chunk.
 */
class VerifyingStream extends external_node_stream_.Transform {
    #hash;
    #expected;
    #size;
    #what;
    #onBytes;
    #seen = 0;
    constructor(expectedDigest, expectedSize, what = 'blob', onBytes) {
        super();
        this.#onBytes = onBytes;
        this.#expected = parseDigest(expectedDigest);
        this.#hash = (0,external_node_crypto_.createHash)(this.#expected.algorithm);
        this.#size = expectedSize;
        this.#what = what;
    }
    get bytesSeen() {
        return this.#seen;
    }
    _transform(chunk, _encoding, callback) {
        this.#seen += chunk.length;
        if (this.#size !== undefined && this.#seen > this.#size) {
            callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `more`));
            return;
        }
        this.#hash.update(chunk);
        this.#onBytes?.(chunk.length);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.#size !== undefined && this.#seen !== this.#size) {
            callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `${this.#seen} bytes`));
            return;
        }
        const actual = `${this.#expected.algorithm}:${this.#hash.digest('hex')}`;
        if (actual !== this.#expected.text) {
            callback(new DigestMismatchError(`${this.#what}`, this.#expected.text, actual));
            return;
        }
        callback();
    }
}

;// CONCATENATED MODULE: ./src/retry/policy.ts
// The one retry policy every loop uses (oras-go retry/policy.go: a predicate plus a backoff). Errors classify
// themselves (`retryable`, `reason`, `retryAfterMs`); the policy decides whether and when to try again, within a
// number of attempts and a total wait per host, so one sick registry cannot stall a run.

const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
    maxTotalWaitMs: 300_000,
};
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENETUNREACH',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
function isSelfClassifying(error) {
    return typeof error === 'object' && error !== null && typeof error.retryable === 'boolean';
}
/** The first `code` along an error's cause chain (Node and undici put them there). */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}
/** Whether an error is worth another attempt, decided in one place. */
function policy_classify(error) {
    if (isSelfClassifying(error)) {
        return {
            retryable: error.retryable,
            reason: error.retryReason ?? describeError(error),
            ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
        };
    }
    if (error instanceof DigestMismatchError)
        return { retryable: true, reason: error.message };
    if (error?.name === 'RequestAbortedError' || error?.name === 'AbortError') {
        return { retryable: false, reason: 'the request was aborted' };
    }
    const code = errorCode(error);
    if (code !== undefined && RETRYABLE_NETWORK_CODES.has(code))
        return { retryable: true, reason: `${describeError(error)} (${code})` };
    return { retryable: false, reason: describeError(error) };
}
class RetryPolicy {
    settings;
    #sleep;
    #onRetry;
    /** Time spent waiting between attempts, per host. */
    #waited = new Map();
    constructor(options = {}) {
        this.settings = { ...DEFAULT_RETRY, ...options.settings };
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.#onRetry = options.onRetry;
    }
    /** Full jitter around the exponential step: parallel transfers that fail together do not retry in step. */
    backoff(attempt) {
        const cap = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
        return Math.round(cap / 2 + Math.random() * (cap / 2));
    }
    /**
     * After `attempt` failed with `decision`: the wait before the next attempt, or undefined to give up (not
     * retryable, attempts spent, Retry-After too long, or the host's wait budget spent). Spends the budget.
     */
    nextDelay(host, attempt, decision, attempts = this.settings.attempts) {
        if (!decision.retryable || attempt >= attempts)
            return undefined;
        const delay = decision.retryAfterMs ?? this.backoff(attempt);
        if (delay > this.settings.maxRetryAfterMs)
            return undefined;
        const spent = this.#waited.get(host) ?? 0;
        if (spent + delay > this.settings.maxTotalWaitMs)
            return undefined;
        this.#waited.set(host, spent + delay);
        return delay;
    }
    /** Wait, telling the listener first. */
    async wait(event) {
        this.#onRetry?.({ type: 'retry', ...event });
        await this.#sleep(event.delayMs);
    }
    /**
     * Run `attempt` until it succeeds or the policy gives up; the last error is thrown. `attempts` overrides the
     * default count for loops whose every try is expensive (a whole blob).
     */
    async run(host, operation, fn, options = {}) {
        const attempts = options.attempts ?? this.settings.attempts;
        for (let attempt = 1;; attempt++) {
            try {
                return await fn(attempt);
            }
            catch (error) {
                const decision = (options.classify ?? policy_classify)(error);
                const delay = this.nextDelay(host, attempt, decision, attempts);
                if (delay === undefined)
                    throw error;
                await this.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason: decision.reason });
            }
        }
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/oci/reference.ts
// Image references, normalised the way Docker does it, so `nginx` means what a Docker user expects. Where hoist
// parts from Docker's parser (distribution/reference), test/unit/reference.test.ts's tables say so and why.


const DOCKER_HUB = 'docker.io';
class InvalidReferenceError extends Error {
    input;
    constructor(input, reason) {
        super(`Invalid image reference "${input}": ${reason}.`);
        this.name = 'InvalidReferenceError';
        this.input = input;
    }
}
// Grammar from the distribution reference package (and the OCI distribution spec for repository names).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const MAX_NAME_LENGTH = 255;
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** An image ID as `docker images` prints it in full: Docker refuses it as a name, and so do we. */
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** A digest on its own (`sha256:<hex>`): Docker would read a repository "sha256" with a hex tag, which nobody means. */
const BARE_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** Parse `[registry/]repository[:tag][@digest]` and apply Docker's defaults. Throws InvalidReferenceError. */
function reference_parseReference(input) {
    const text = input.trim();
    if (text === '')
        throw new InvalidReferenceError(input, 'it is empty; expected [registry/]repository[:tag][@digest]');
    if (/\s/.test(text))
        throw new InvalidReferenceError(input, 'it contains white space');
    if (text.includes('://')) {
        throw new InvalidReferenceError(input, 'a reference has no scheme; write host/repository:tag without "https://"');
    }
    if (IMAGE_ID.test(text)) {
        throw new InvalidReferenceError(input, 'a 64-character hexadecimal string is an image ID, not a repository name (Docker: "cannot specify 64-byte hexadecimal strings"); name the image as repository[:tag] or repository@sha256:<digest>');
    }
    if (BARE_DIGEST.test(text)) {
        throw new InvalidReferenceError(input, 'it is a digest without a repository; write repository@<digest>');
    }
    if (text.startsWith('[') && !text.includes('/')) {
        throw new InvalidReferenceError(input, 'an IPv6 registry must be followed by a repository, as in [::1]:5000/repository');
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const digestText = rest.slice(at + 1);
        try {
            digest = parseDigest(digestText).text;
        }
        catch (error) {
            throw new InvalidReferenceError(input, error.message.replace(/\.$/, ''));
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new InvalidReferenceError(input, `tag "${tag}" is not valid; a tag is 1 to 128 characters of letters, digits, "_", "." and "-", not starting with "." or "-"`);
        }
    }
    let registry = DOCKER_HUB;
    let path = rest;
    const firstSlash = rest.indexOf('/');
    if (firstSlash >= 0) {
        const first = rest.slice(0, firstSlash);
        // Docker's rule: the first component is a registry when it looks like a host (has "." or ":" or is localhost).
        // Docker also takes a first component with capitals for a host ("Foo/bar"); hoist does not: lowercased, such
        // a host would print as a Docker Hub namespace ("foo/bar"), so it is refused below as a capitalised name.
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = normaliseRegistry(first, input);
            path = rest.slice(firstSlash + 1);
        }
    }
    if (path === '')
        throw new InvalidReferenceError(input, 'the repository name is missing');
    const components = path.split('/');
    for (const component of components) {
        if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) {
            throw new InvalidReferenceError(input, `repository names must be lowercase ("${component}" has capitals)`);
        }
        if (!PATH_COMPONENT.test(component)) {
            throw new InvalidReferenceError(input, `"${component}" is not a valid repository path component; expected lowercase letters and digits separated by ".", "_", "__" or "-"`);
        }
    }
    if (registry === DOCKER_HUB && components.length === 1)
        path = `library/${path}`;
    if (path.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(input, `the repository name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: path, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Canonical registry name: Docker Hub's aliases become `docker.io`, hosts are lowercase, ports validated. */
function normaliseRegistry(host, input = host) {
    let text = host
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
    const lower = text.toLowerCase();
    if (HUB_ALIASES.has(lower))
        return DOCKER_HUB;
    text = lower;
    let name = text;
    let port;
    if (text.startsWith('[')) {
        const close = text.indexOf(']');
        if (close < 0)
            throw new InvalidReferenceError(input, `registry "${host}" has an unclosed IPv6 bracket`);
        name = text.slice(0, close + 1);
        checkIPv6(text.slice(1, close), host, input);
        const after = text.slice(close + 1);
        if (after !== '') {
            if (!after.startsWith(':'))
                throw new InvalidReferenceError(input, `registry "${host}" is not host[:port]`);
            port = after.slice(1);
        }
    }
    else {
        const colon = text.lastIndexOf(':');
        if (colon >= 0) {
            name = text.slice(0, colon);
            port = text.slice(colon + 1);
        }
        if (name === '' || !name.split('.').every((label) => HOST_LABEL.test(label))) {
            throw new InvalidReferenceError(input, `registry host "${host}" is not a valid host name`);
        }
    }
    if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536)) {
        throw new InvalidReferenceError(input, `registry port "${port}" is not a number from 1 to 65535`);
    }
    return port === undefined ? name : `${name}:${port}`;
}
/**
 * The address inside a bracketed registry host. Docker allows only hex digits and colons there: no zone
 * (`%eth0`, which also has no meaning on another machine) and no dotted IPv4 tail.
 */
function checkIPv6(address, host, input) {
    const zone = address.indexOf('%');
    if (zone >= 0) {
        throw new InvalidReferenceError(input, `registry "${host}" names the IPv6 zone "${address.slice(zone)}"; a reference cannot carry a zone, write the address without it`);
    }
    if (address.includes('.')) {
        throw new InvalidReferenceError(input, `registry "${host}" embeds an IPv4 address; references take IPv6 addresses in hexadecimal only, e.g. [2001:db8::1]`);
    }
    if (!/^[0-9a-f:]+$/.test(address) || !(0,external_node_net_.isIPv6)(address)) {
        throw new InvalidReferenceError(input, `registry "${host}" is not a valid IPv6 address in brackets, e.g. [::1]:5000`);
    }
}
/** The full reference as text, e.g. `ghcr.io/acme/app:v1` or `docker.io/library/nginx@sha256:…`. */
function formatReference(ref) {
    let text = `${ref.registry}/${ref.repository}`;
    if (ref.tag !== undefined)
        text += `:${ref.tag}`;
    if (ref.digest !== undefined)
        text += `@${ref.digest}`;
    return text;
}
/** `registry/repository@digest`: what a deploy should pin. */
function pinnedReference(ref, digest) {
    return `${ref.registry}/${ref.repository}@${digest}`;
}
/** The host that serves the registry API: Docker Hub's API lives on registry-1.docker.io. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/** Hosts Docker lets speak plain HTTP without opt-in: localhost, 127.0.0.0/8 and ::1. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.replace(/:\d+$/, '');
    return host === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

;// CONCATENATED MODULE: ./src/oci/media-types.ts
// Manifest media types hoist understands, and the Accept header that asks for all of them.
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+json';
const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
const IMAGE_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
/** Every manifest type we can copy, most preferred first. Schema 1 is deliberately absent: it cannot be copied digest-stable. */
const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');
function isIndex(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
function isImageManifest(mediaType) {
    return IMAGE_TYPES.has(mediaType);
}
function isImageConfig(mediaType) {
    return mediaType === OCI_IMAGE_CONFIG || mediaType === DOCKER_IMAGE_CONFIG;
}
/** Strip parameters (`; charset=utf-8`) that some registries add to Content-Type. */
function baseMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
/**
 * Layers a registry is not expected to hold (Windows base layers, licensed content): Docker's foreign layers and
 * OCI's non-distributable ones, fetched from their `urls` by whoever runs the image.
 */
function isForeignLayer(mediaType) {
    return (mediaType === 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip' ||
        mediaType.startsWith('application/vnd.oci.image.layer.nondistributable.'));
}

;// CONCATENATED MODULE: ./src/oci/manifest.ts
// Manifests are kept as the exact bytes the registry served: digests are computed from bytes, never re-serialised.


/** Larger manifests are refused, as registries do (distribution caps manifests at 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
/**
 * Parse manifest bytes. The media type comes from the Content-Type the registry sent, else from the document's
 * own `mediaType`, else from its shape (OCI allows omitting it).
 */
function parseManifest(bytes, contentType, digest) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new ManifestError(`manifest ${digest} is ${bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ManifestError(`manifest ${digest} is not valid JSON`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError(`manifest ${digest} is not a JSON object`);
    }
    const doc = json;
    const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
    let mediaType = baseMediaType(contentType);
    if (mediaType === '' || mediaType === 'application/json' || mediaType === 'application/octet-stream' || mediaType === 'text/plain') {
        mediaType = declared ?? (Array.isArray(doc['manifests']) ? OCI_INDEX : OCI_MANIFEST);
    }
    if (mediaType === DOCKER_SCHEMA1 || mediaType === DOCKER_SCHEMA1_SIGNED || doc['schemaVersion'] === 1) {
        throw new ManifestError(`manifest ${digest} is Docker schema 1 (${mediaType}), which is deprecated and cannot be copied with its digest preserved; rebuild or re-push the image with a current client`);
    }
    if (isIndex(mediaType)) {
        const manifests = descriptorList(doc['manifests'], digest, 'manifests');
        return { bytes, mediaType, digest, kind: 'index', manifests, blobs: [], json: doc };
    }
    if (isImageManifest(mediaType) || doc['config'] !== undefined || doc['layers'] !== undefined) {
        const config = descriptor(doc['config'], digest, 'config');
        const layers = doc['layers'] === undefined ? [] : descriptorList(doc['layers'], digest, 'layers');
        return { bytes, mediaType, digest, kind: 'image', manifests: [], blobs: [config, ...layers], config, json: doc };
    }
    throw new ManifestError(`manifest ${digest} has media type "${mediaType}", which is neither an image manifest nor an index (expected one of ${[OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ')})`);
}
function descriptorList(value, owner, field) {
    if (!Array.isArray(value))
        throw new ManifestError(`manifest ${owner} has no "${field}" list`);
    return value.map((item, i) => descriptor(item, owner, `${field}[${i}]`));
}
function descriptor(value, owner, field) {
    if (typeof value !== 'object' || value === null)
        throw new ManifestError(`manifest ${owner} has no valid "${field}"`);
    const d = value;
    const digest = d['digest'];
    const size = d['size'];
    const mediaType = d['mediaType'];
    if (typeof digest !== 'string')
        throw new ManifestError(`manifest ${owner}: "${field}" has no digest`);
    try {
        parseDigest(digest);
    }
    catch (error) {
        throw new ManifestError(`manifest ${owner}: "${field}" ${error.message}`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new ManifestError(`manifest ${owner}: "${field}" has no valid size`);
    }
    const result = {
        mediaType: typeof mediaType === 'string' ? mediaType : '',
        digest,
        size,
        ...(isPlatform(d['platform']) && { platform: d['platform'] }),
        ...(typeof d['annotations'] === 'object' && d['annotations'] !== null && { annotations: d['annotations'] }),
        ...(typeof d['artifactType'] === 'string' && { artifactType: d['artifactType'] }),
    };
    return result;
}
function isPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const p = value;
    return typeof p['os'] === 'string' && typeof p['architecture'] === 'string';
}
/** True when the manifest is an image whose config is a container image config (not an artifact such as a chart). */
function isContainerImage(manifest) {
    return manifest.kind === 'index' || (manifest.config !== undefined && isImageConfig(manifest.config.mediaType));
}

;// CONCATENATED MODULE: ./src/oci/platform.ts
// Platforms (`os/arch[/variant]`) and selecting entries of a multi-platform index.
class PlatformError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformError';
    }
}
const PART = /^[a-z0-9._-]+$/;
/** Parse `linux/amd64` or `linux/arm64/v8`. */
function parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
        throw new PlatformError(`platform "${text}" is not valid; expected os/architecture[/variant], e.g. linux/arm64/v8`);
    }
    const [os, architecture, variant] = parts;
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
function formatPlatform(p) {
    return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
// Variants that are the only or default one for their architecture, as containerd normalises them.
function normalisedVariant(p) {
    if (p.architecture === 'arm64' && (p.variant === undefined || p.variant === 'v8'))
        return 'v8';
    if (p.architecture === 'arm' && p.variant === undefined)
        return 'v7';
    if (p.architecture === 'amd64' && (p.variant === undefined || p.variant === 'v1'))
        return undefined;
    return p.variant;
}
/** Does the platform an index entry declares satisfy what the user asked for? A request without variant takes any. */
function platformMatches(wanted, have) {
    if (wanted.os !== have.os || wanted.architecture !== have.architecture)
        return false;
    if (wanted.variant === undefined)
        return true;
    return normalisedVariant(wanted) === normalisedVariant(have);
}

;// CONCATENATED MODULE: ./src/store/layout/errors.ts
// Errors of the file stores (layouts and archives): each names the file, and the member or blob when there is one.
/** A file, directory or archive that cannot serve or take an image as asked. */
class FileStoreError extends Error {
    /** The absolute path of the file or directory at fault. */
    path;
    constructor(path, message, options) {
        super(message, options);
        this.name = 'FileStoreError';
        this.path = path;
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/store/layout/layout-files.ts
// The files of an OCI image layout, wherever they live: a directory, or the members of a tar read by offset.
// The layout logic (index.json, blobs by digest) is written once against this.




/** Bytes per file read: large enough that per-chunk costs (hash calls, stream hops) vanish, small enough to hold. */
const CHUNK = 1024 * 1024;
/** The layout-relative path of a blob. The digest is validated by the caller, so the path cannot escape. */
function blobPath(digest) {
    const colon = digest.indexOf(':');
    return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}
class DirectoryFiles {
    where;
    constructor(root) {
        this.where = root;
    }
    async size(path) {
        try {
            const info = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(this.where, path));
            return info.isFile() ? info.size : undefined;
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    }
    async read(path, maxBytes) {
        const size = await this.size(path);
        if (size === undefined)
            return undefined;
        if (size > maxBytes)
            throw new FileStoreError(this.where, `${this.describe(path)} is ${size} bytes, over the ${maxBytes}-byte limit`);
        return (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(this.where, path));
    }
    open(path) {
        return Promise.resolve((0,external_node_fs_namespaceObject.createReadStream)((0,external_node_path_namespaceObject.join)(this.where, path), { highWaterMark: CHUNK }));
    }
    describe(path) {
        return (0,external_node_path_namespaceObject.join)(this.where, path);
    }
}
function isMissing(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./src/store/store.ts
/** A conditional write found the reference changed since it was read: read again, merge, write again. */
class PreconditionFailedError extends Error {
    retryable = false;
    constructor(reference, where) {
        super(`${reference} in ${where} changed while it was being updated`);
        this.name = 'PreconditionFailedError';
    }
}
/** A store's answer that nothing is at a reference, or that a blob is missing. */
class NotFoundError extends Error {
    object;
    constructor(object, where) {
        super(`${object} was not found in ${where}`);
        this.name = 'NotFoundError';
        this.object = object;
    }
}

;// CONCATENATED MODULE: ./src/store/layout/layout-reader.ts
// Reading an OCI image layout (index.json, blobs by digest) from wherever its files are: every manifest is checked
// against its digest before it is parsed, every blob stream errors at its end unless its bytes match.







const REF_NAME = 'org.opencontainers.image.ref.name';
const REF_NAME_NAMING = {
    names: (entry) => (entry.annotations?.[REF_NAME] !== undefined ? [entry.annotations[REF_NAME]] : []),
    matches: (reference, entry) => entry.annotations?.[REF_NAME] === reference,
};
class LayoutReader {
    files;
    #storeName;
    #naming;
    #index;
    constructor(files, storeName, naming = REF_NAME_NAMING) {
        this.files = files;
        this.#storeName = storeName;
        this.#naming = naming;
    }
    /** index.json, parsed; undefined when the layout has none (a new target). */
    index() {
        this.#index ??= this.#readIndex();
        return this.#index;
    }
    async #readIndex() {
        const bytes = await this.files.read('index.json', MAX_MANIFEST_BYTES);
        if (bytes === undefined)
            return undefined;
        try {
            const index = parseManifest(bytes, OCI_INDEX, digestOf(bytes));
            if (index.kind !== 'index')
                throw new ManifestError('it is not an image index');
            return index;
        }
        catch (error) {
            throw new FileStoreError(this.files.where, `${this.files.describe('index.json')} is not a valid OCI image index: ${error.message}`, { cause: error });
        }
    }
    async entries() {
        return (await this.index())?.manifests ?? [];
    }
    /** Every name index.json gives an image, in order, without repeats. */
    async names() {
        return [...new Set((await this.entries()).flatMap((e) => this.#naming.names(e)))];
    }
    /** The index.json entry (or, for a digest, the manifest blob) a reference points at; '' is the only image. */
    async find(reference) {
        const entries = await this.entries();
        if (reference === '') {
            // Several entries under several names of one image are still one image.
            const images = new Set(entries.map((e) => e.digest));
            if (images.size <= 1)
                return entries[0];
            const listed = entries.map((e) => this.#naming.names(e)[0] ?? e.digest).join(', ');
            throw new FileStoreError(this.files.where, `${this.#storeName} holds ${images.size} images (${listed}); name one, e.g. ${this.#storeName}:${this.#naming.names(entries[0])[0] ?? 'NAME'}`);
        }
        if (isDigest(reference)) {
            const listed = entries.find((e) => e.digest === reference);
            if (listed !== undefined)
                return listed;
            const size = await this.files.size(blobPath(reference));
            return size === undefined ? undefined : { mediaType: '', digest: reference, size };
        }
        const matching = entries.filter((e) => this.#naming.matches(reference, e));
        const digests = new Set(matching.map((e) => e.digest));
        if (digests.size > 1) {
            throw new FileStoreError(this.files.where, `${this.#storeName} has ${digests.size} different images named "${reference}" (${[...digests].join(', ')}); name one by digest`);
        }
        return matching[0];
    }
    async resolve(reference) {
        const entry = await this.find(reference);
        if (entry === undefined)
            return undefined;
        if (entry.mediaType !== '')
            return { digest: entry.digest, mediaType: entry.mediaType, size: entry.size };
        const manifest = await this.manifest(entry);
        return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    async getManifest(reference) {
        const entry = await this.find(reference);
        if (entry === undefined)
            throw new NotFoundError(`manifest ${reference === '' ? '(the only image)' : reference}`, this.#storeName);
        return this.manifest(entry);
    }
    /** The manifest blob an entry describes, verified against the entry's digest and size. */
    async manifest(entry) {
        const path = blobPath(entry.digest);
        const bytes = await this.files.read(path, MAX_MANIFEST_BYTES);
        if (bytes === undefined) {
            throw new FileStoreError(this.files.where, `${this.#storeName} lists manifest ${entry.digest}, but ${this.files.describe(path)} is missing`);
        }
        const actual = digestOf(bytes, entry.digest);
        if (actual !== entry.digest)
            throw new DigestMismatchError(`manifest ${this.files.describe(path)}`, entry.digest, actual);
        if (entry.mediaType !== '' && entry.size !== bytes.length) {
            throw new DigestMismatchError(`manifest ${this.files.describe(path)}`, `${entry.size} bytes`, `${bytes.length} bytes`);
        }
        return parseManifest(bytes, entry.mediaType, entry.digest);
    }
    async hasBlob(descriptor) {
        if (!isDigest(descriptor.digest))
            return false;
        return (await this.files.size(blobPath(descriptor.digest))) !== undefined;
    }
    async readBlob(descriptor, onBytes) {
        const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${this.files.describe(blobPath(descriptor.digest))}`, onBytes);
        const path = blobPath(descriptor.digest);
        if ((await this.files.size(path)) === undefined)
            throw new NotFoundError(`blob ${descriptor.digest}`, this.#storeName);
        return (0,external_node_stream_.pipeline)(await this.files.open(path), verify, () => { });
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: external "node:stream/consumers"
const consumers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/store/archive/docker-names.ts
// Image names as docker save and docker load write them: RepoTags in the familiar form (`app:1`,
// `ghcr.io/acme/app:1`), compared in the normalised form (`docker.io/library/app:1`) so either spelling matches.

/** `app:1` → `docker.io/library/app:1`; undefined when it is not NAME:TAG. */
function normalisedName(name) {
    try {
        const ref = reference_parseReference(name);
        return ref.digest === undefined ? formatReference(ref) : undefined;
    }
    catch {
        return undefined;
    }
}
/** `docker.io/library/app:1` → `app:1`, as Docker prints and writes it. */
function familiarName(name) {
    const ref = reference_parseReference(name);
    let repository = ref.repository;
    if (ref.registry === 'docker.io' && repository.startsWith('library/') && !repository.slice(8).includes('/'))
        repository = repository.slice(8);
    const prefix = ref.registry === 'docker.io' ? '' : `${ref.registry}/`;
    return `${prefix}${repository}:${ref.tag ?? 'latest'}`;
}
/** Whether two names are one image name, however spelled. */
function sameName(a, b) {
    const left = normalisedName(a);
    return left !== undefined && left === normalisedName(b);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/store/archive/compressibility.ts
// Whether deflate is worth running on a stretch of bytes. zlib's match finder crawls over data it cannot shrink
// (about 50 MiB/s a core on random bytes at every level, against 300-500 MiB/s on text at level 1), and a layer
// often holds such data: compressed archives, images, encrypted or packed files. klauspost's deflate, which skopeo
// uses, skips ahead when it finds no matches; here the same data is recognised beforehand by its byte entropy
// (the order-0 Shannon entropy of a sample) and stored as it is. Deflate's Huffman stage cannot save more than
// (8 - H) / 8 of bytes whose entropy is H bits, so above the threshold a stored block is at most ~2.5% larger and
// costs a copy instead of a crawl. The estimate is a pure function of the bytes, so the gzip stays deterministic.
/** Bytes judged at a time: small enough that a text file beside a compressed one is still compressed. */
const SEGMENT = 64 * 1024;
/** Every STRIDE-th byte is counted: 4096 samples a segment, about 1/16 of the cost of reading every byte. */
const STRIDE = 16;
/** Fewer samples than this make the estimate too low to trust; such short stretches are simply deflated. */
const MIN_SAMPLES = 1024;
/**
 * Bits a byte above which deflate is skipped. Random bytes measure ~7.95 on 4096 samples (the plug-in estimate
 * is biased low by about 255 / (2 n ln 2)); text is 4-5.5 and executables 5.5-6.5, far below.
 */
const INCOMPRESSIBLE_BITS = 7.8;
const counts = new Uint32Array(256);
/** The sampled entropy of `bytes`, in bits a byte (0 to 8). */
function sampledEntropy(bytes) {
    counts.fill(0);
    let n = 0;
    for (let i = 0; i < bytes.length; i += STRIDE) {
        counts[bytes[i]]++;
        n++;
    }
    if (n === 0)
        return 0;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
        const c = counts[b];
        if (c > 0)
            sum += c * Math.log2(c);
    }
    return Math.log2(n) - sum / n;
}
/** True when deflate would spend its time on `bytes` for (almost) nothing. */
function looksIncompressible(bytes) {
    return bytes.length >= MIN_SAMPLES * STRIDE && sampledEntropy(bytes) > INCOMPRESSIBLE_BITS;
}

;// CONCATENATED MODULE: ./src/store/archive/parallel-gzip.ts
// Gzip on every core, as pgzip does for skopeo: the input is cut into blocks that Node's zlib deflates
// side by side on its thread pool, each primed with the 32 KiB before it (so back-references still reach across
// blocks) and ended with a sync flush, which leaves it byte-aligned and not final; the blocks, in order, form one
// deflate stream, closed by an empty final block. Stretches that deflate cannot shrink (compressibility.ts) are
// written here as stored blocks instead: a 5-byte header before each 64 KiB of the input, which is passed on as
// it is (copying 512 MiB costs a third of a second on this kind of machine). Only the 10-byte header and the 8-byte trailer
// (CRC-32 and size, RFC 1952) and the stored blocks' 5-byte headers (RFC 1951 3.2.4) are written by hand. The
// output depends only on the input, the block size and the level, so a compressed layer's digest is the same on
// every run. Memory: at most `parallel + 2` blocks in and out.





const deflateRawAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/** The size files are read in, so blocks arrive whole. */
const BLOCK = CHUNK;
const WINDOW = 32 * 1024;
// One output buffer per run (deflate output of a run rarely exceeds it), not dozens of 16 KiB ones to join.
const OUT_CHUNK = 64 * 1024;
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** A final, empty block with fixed Huffman codes (BFINAL 1, BTYPE 01, end-of-block), starting byte-aligned. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** A stored block holds at most 65535 bytes (LEN is 16 bits). */
const STORED_MAX = 0xffff;
/**
 * Level 2, not zlib's 6 (docker's default). Measured with Node 24's zlib on this 2-core machine, gzip alone on a
 * 587 MB tar of node_modules (JavaScript, native binaries, some compressed files), time and size:
 *   level 1: 3.1 s, 149.6 MB   level 2: 3.4 s, 144.4 MB   level 3: 3.5 s, 140.9 MB
 *   level 4: 4.2 s, 133.6 MB   level 6: 6.3 s, 127.1 MB   skopeo (klauspost's pgzip, its default): 133.8 MB
 * The bench's half-text 512 MiB layer to a registry, in the same interleaved runs: level 1 at 0.79 x skopeo's wall,
 * level 4 at 1.02 x. skopeo compresses while it uploads, hoist must know the digest for the manifest first, so size
 * parity (level 4) costs the speed goal; level 2 runs within noise of level 1 for 4% less than its size: layers
 * ~8% larger than skopeo's on content like the above, the same on the bench's (309.0 MB vs 308.8 MB).
 */
const DEFAULT_LEVEL = 2;
/** Compress `source` into `sink` (ended when done); resolves once everything is written. */
async function gzipInParallel(source, sink, options = {}) {
    const write = (chunk) => new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve())));
    try {
        for await (const part of gzipParts(source, options)) {
            for (const bytes of part.kind === 'bytes' ? [part.bytes] : storedBlocks(part.data))
                await write(bytes);
        }
        await new Promise((resolve, reject) => {
            sink.once('error', reject);
            sink.end(resolve);
        });
    }
    catch (error) {
        sink.destroy(error);
        throw error;
    }
}
/** The gzip of `source` as parts; the source is destroyed if this fails or its consumer stops early. */
async function* gzipParts(source, options = {}) {
    const level = options.level ?? DEFAULT_LEVEL;
    const parallel = Math.max(1, options.parallel ?? (0,external_node_os_namespaceObject.availableParallelism)());
    const blockSize = options.blockSize ?? BLOCK;
    const pending = [];
    let crc = 0;
    let length = 0;
    let previousTail = Buffer.alloc(0);
    let held = [];
    let heldBytes = 0;
    const start = (block) => {
        crc = (0,external_node_zlib_.crc32)(block, crc);
        pending.push(deflateBlock(block, length, previousTail, level));
        length += block.length;
        previousTail = Buffer.from(block.subarray(Math.max(0, block.length - WINDOW)));
    };
    let finished = false;
    try {
        yield { kind: 'bytes', bytes: HEADER };
        for await (const chunk of source) {
            held.push(chunk);
            heldBytes += chunk.length;
            while (heldBytes >= blockSize) {
                // Chunks of the block size (the archive is read in them) pass without a copy.
                const all = held.length === 1 ? held[0] : Buffer.concat(held);
                start(all.subarray(0, blockSize));
                held = all.length > blockSize ? [all.subarray(blockSize)] : [];
                heldBytes = all.length - blockSize;
                // One more block than threads, so a thread finishing never waits for the main thread to hand it the next.
                while (pending.length > parallel + 1)
                    yield* await pending.shift();
            }
        }
        if (heldBytes > 0)
            start(Buffer.concat(held));
        while (pending.length > 0)
            yield* await pending.shift();
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(crc >>> 0, 0);
        trailer.writeUInt32LE(length % 2 ** 32, 4);
        yield { kind: 'bytes', bytes: Buffer.concat([FINAL_BLOCK, trailer]) };
        finished = true;
    }
    finally {
        if (!finished) {
            source.destroy();
            await Promise.allSettled(pending);
        }
    }
}
/** A block's deflate output, byte-aligned and not final: runs of segments deflated or stored, in order. */
async function deflateBlock(block, offset, previousTail, level) {
    const parts = [];
    for (const run of runsOf(block)) {
        const bytes = block.subarray(run.start, run.end);
        if (run.stored) {
            parts.push(Promise.resolve({ kind: 'stored', offset: offset + run.start, data: bytes }));
            continue;
        }
        const dictionary = run.start >= WINDOW
            ? block.subarray(run.start - WINDOW, run.start)
            : Buffer.concat([previousTail.subarray(Math.max(0, previousTail.length - (WINDOW - run.start))), block.subarray(0, run.start)]);
        parts.push(deflateRawAsync(bytes, {
            level,
            chunkSize: OUT_CHUNK,
            finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH,
            ...(dictionary.length > 0 && { dictionary }),
        }).then((deflated) => ({ kind: 'bytes', bytes: deflated })));
    }
    return Promise.all(parts);
}
/** The block cut into segments, neighbours judged alike joined, so each deflate call gets as much as it can. */
function runsOf(block) {
    const runs = [];
    for (let start = 0; start < block.length; start += SEGMENT) {
        const end = Math.min(block.length, start + SEGMENT);
        const stored = looksIncompressible(block.subarray(start, end));
        const last = runs.at(-1);
        if (last?.stored === stored)
            runs[runs.length - 1] = { start: last.start, end, stored };
        else
            runs.push({ start, end, stored });
    }
    return runs;
}
/** How many bytes `length` bytes of input take as stored blocks. */
function storedLength(length) {
    return length + 5 * Math.max(1, Math.ceil(length / STORED_MAX));
}
/** The header of a stored block of `n` bytes: byte-aligned (BFINAL 0, BTYPE 00, padding), LEN, NLEN. */
function storedHeader(n, into = Buffer.allocUnsafe(5), at = 0) {
    into[at] = 0;
    into.writeUInt16LE(n, at + 1);
    into.writeUInt16LE(~n & 0xffff, at + 3);
    return into;
}
/** The sizes of the stored blocks `length` bytes are cut into: each at most 65535 (LEN is 16 bits). */
function* storedChunks(length) {
    let from = 0;
    do {
        const n = Math.min(STORED_MAX, length - from);
        yield n;
        from += n;
    } while (from < length);
}
/** `bytes` as stored blocks: a header before each, the bytes themselves passed on as views. */
function storedBlocks(bytes) {
    const parts = [];
    let from = 0;
    for (const n of storedChunks(bytes.length)) {
        parts.push(storedHeader(n), bytes.subarray(from, from + n));
        from += n;
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/store/archive/gzip-recipe.ts
// A layer gzipped once, kept as a recipe to replay while it is pushed: what deflate produced goes to a temporary
// file, and each stretch written as stored blocks (bytes deflate cannot shrink) is kept as where it lies in the
// archive member. Replaying reads those stretches from the archive again and frames them exactly as the first pass
// did, so the bytes, and the digest the manifest states, are the same. For an incompressible 512 MiB layer this
// writes almost nothing to disk, where spilling everything wrote 512 MiB and took longer than compressing it.
// Replayed bytes are checked against the layer's digest by the reader (VerifyingStream), like every blob.






/** Neighbouring spilled parts are read back as one, up to this size (a layer of text spills tens of MiB). */
const MAX_SPILLED_READ = CHUNK;
/** Writes in flight to the temporary file; positional, so their order does not matter. */
const WRITES_IN_FLIGHT = 8;
/** Gzip `source` (the member's bytes, in order), spilling deflate's output to `file`; removes `file` on failure. */
async function gzipToRecipe(source, file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const pieces = [];
    let size = 0;
    let spilled = 0;
    const writes = [];
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, 'w');
        for await (const part of gzipParts(source)) {
            if (part.kind === 'stored') {
                for (const bytes of storedBlocks(part.data))
                    hash.update(bytes);
                size += storedLength(part.data.length);
                pieces.push({ stored: part.offset, length: part.data.length });
                continue;
            }
            hash.update(part.bytes);
            size += part.bytes.length;
            const last = pieces.at(-1);
            if (last !== undefined && 'spilled' in last && last.length + part.bytes.length <= MAX_SPILLED_READ)
                pieces[pieces.length - 1] = { spilled: last.spilled, length: last.length + part.bytes.length };
            else
                pieces.push({ spilled, length: part.bytes.length });
            writes.push(writeFully(handle, part.bytes, spilled));
            spilled += part.bytes.length;
            if (writes.length >= WRITES_IN_FLIGHT)
                await writes.shift();
        }
        await Promise.all(writes);
        await handle.close();
    }
    catch (error) {
        await Promise.allSettled(writes);
        await handle?.close().catch(() => { });
        await (0,promises_namespaceObject.rm)(file, { force: true });
        throw error;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size, recipe: { file, pieces } };
}
async function writeFully(handle, bytes, position) {
    let written = 0;
    while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
        written += bytesWritten;
    }
}
/** The gzip stream again: the spilled bytes from the temporary file, the stored stretches from the archive. */
function replayRecipe(recipe, archive, member, what) {
    return external_node_stream_.Readable.from(replay(recipe, archive, member, what), { objectMode: false });
}
async function* replay(recipe, archive, member, what) {
    const temp = await (0,promises_namespaceObject.open)(recipe.file, 'r');
    const reader = await archive.reader().catch(async (error) => {
        await temp.close();
        throw error;
    });
    const short = (where) => new FileStoreError(archive.path, `${what}: ${where} ended early (did the file change since the layer was compressed?)`);
    try {
        let position = 0;
        for (const piece of recipe.pieces) {
            if ('spilled' in piece) {
                const bytes = Buffer.allocUnsafe(piece.length);
                for (let filled = 0; filled < piece.length;) {
                    const { bytesRead } = await temp.read(bytes, filled, piece.length - filled, piece.spilled + filled);
                    if (bytesRead === 0)
                        throw short(recipe.file);
                    filled += bytesRead;
                }
                yield bytes;
                continue;
            }
            const at = member.offset + piece.stored;
            if ((await reader.skip(at - position)) !== at - position)
                throw short(archive.path);
            // Framed in place: each block's header written here, its bytes read straight after it.
            const framed = Buffer.allocUnsafe(storedLength(piece.length));
            const views = [];
            let offset = 0;
            for (const n of storedChunks(piece.length)) {
                storedHeader(n, framed, offset);
                views.push(framed.subarray(offset + 5, offset + 5 + n));
                offset += 5 + n;
            }
            if (!(await reader.readInto(views)))
                throw short(archive.path);
            position = at + piece.length;
            yield framed;
        }
    }
    catch (error) {
        if (error.code?.startsWith('Z_') === true)
            throw archive.gzipError(error);
        throw error;
    }
    finally {
        await reader.close();
        await temp.close();
    }
}

;// CONCATENATED MODULE: ./src/store/archive/classic-docker-image.ts
// A classic `docker save` archive as a source: manifest.json, a config and one uncompressed tar per layer, but no
// registry manifest. To push it as `docker push` would, each layer is gzipped (on every core: parallel-gzip.ts) and
// a Docker v2 manifest is written around the config, which is kept byte for byte (its digest is the image ID).
// Layers the archive already holds gzipped (crane and go-containerregistry tarballs) are pushed as they are.
//
// The manifest needs each compressed layer's digest and size before any blob moves, so every layer is compressed
// once, at resolve, into a recipe (gzip-recipe.ts): deflate's output in a temporary file, the stretches stored as
// they are left in the archive; the blob is replayed from both. Compressing twice (once to learn the digest, again
// while sending) would double the CPU of deflate, the cost that dominates on text. Memory stays at a few chunks per
// layer. While compressing, the uncompressed bytes are checked against the config's diff_ids, so what is pushed is
// what the image ID stands for.
















const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const MAX_CONFIG_BYTES = 32 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
class ClassicDockerImages {
    notes = [];
    #tar;
    #entries;
    #name;
    #built = new Map();
    #temp;
    #logger;
    constructor(tar, entries, storeName, logger) {
        this.#tar = tar;
        this.#logger = logger;
        this.#entries = entries;
        this.#name = storeName;
        for (const entry of entries) {
            for (const path of [entry.config, ...entry.layers]) {
                if (tar.lookup(path) === undefined) {
                    throw new FileStoreError(tar.file.path, `${storeName}: manifest.json names member ${path}, which ${tar.file.path} does not hold`);
                }
            }
        }
    }
    names() {
        return this.#entries.flatMap((e) => e.repoTags.map((t) => familiarNameOr(t)));
    }
    async #find(reference) {
        if (reference === '') {
            if (this.#entries.length <= 1)
                return this.#entries[0];
            const listed = this.#entries.map((e) => (e.repoTags.length > 0 ? e.repoTags.join(' ') : `untagged ${e.config}`)).join(', ');
            throw new FileStoreError(this.#tar.file.path, `${this.#name} holds ${this.#entries.length} images (${listed}); name one, e.g. ${this.#name}:${this.#entries[0]?.repoTags[0] ?? 'NAME:TAG'}`);
        }
        if (isDigest(reference)) {
            for (const [entry, built] of this.#built)
                if ((await built).manifest.digest === reference)
                    return entry;
            return undefined;
        }
        return this.#entries.find((e) => e.repoTags.some((tag) => sameName(tag, reference)));
    }
    async resolve(reference) {
        const entry = await this.#find(reference);
        if (entry === undefined)
            return undefined;
        const { manifest } = await this.#present(entry);
        return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    async getManifest(reference) {
        const entry = await this.#find(reference);
        if (entry === undefined)
            throw new NotFoundError(`image ${reference || '(the only image)'}`, this.#name);
        return (await this.#present(entry)).manifest;
    }
    async #blob(digest) {
        for (const built of this.#built.values()) {
            const image = await built;
            if (image.manifest.config?.digest === digest)
                return { config: image.config };
            const layer = image.layers.get(digest);
            if (layer !== undefined)
                return layer;
        }
        return undefined;
    }
    async hasBlob(descriptor) {
        return (await this.#blob(descriptor.digest)) !== undefined;
    }
    async readBlob(descriptor, onBytes) {
        const found = await this.#blob(descriptor.digest);
        if (found === undefined)
            throw new NotFoundError(`blob ${descriptor.digest}`, this.#name);
        const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.#name}`, onBytes);
        const source = 'config' in found
            ? external_node_stream_.Readable.from([found.config])
            : 'recipe' in found
                ? replayRecipe(found.recipe, this.#tar.file, found.member, `${this.#name}: layer ${descriptor.digest}`)
                : this.#tar.file.stream(found.member.offset, found.member.size);
        return (0,external_node_stream_.pipeline)(source, verify, () => { });
    }
    /** Remove the compressed layers. Also done at exit, since a source store may never be closed. */
    async close() {
        if (this.#temp !== undefined)
            await (0,promises_namespaceObject.rm)(await this.#temp, { recursive: true, force: true });
    }
    #present(entry) {
        let built = this.#built.get(entry);
        if (built === undefined) {
            built = this.#build(entry);
            this.#built.set(entry, built);
        }
        return built;
    }
    async #build(entry) {
        const file = this.#tar.file.path;
        const configMember = this.#tar.lookup(entry.config);
        if (configMember.size > MAX_CONFIG_BYTES)
            throw new FileStoreError(file, `${this.#name}: config ${entry.config} is ${configMember.size} bytes, over the limit`);
        const config = await (0,consumers_namespaceObject.buffer)(this.#tar.file.stream(configMember.offset, configMember.size));
        if (config.length !== configMember.size)
            throw new FileStoreError(file, `${this.#name}: member ${entry.config} of ${file} is truncated`);
        const diffIds = diffIdsOf(config, `${this.#name}: config ${entry.config} of ${file}`, file);
        if (diffIds.length !== entry.layers.length) {
            throw new FileStoreError(file, `${this.#name}: config ${entry.config} lists ${diffIds.length} layers (rootfs.diff_ids), manifest.json ${entry.layers.length}`);
        }
        this.#logger.info(`${this.#name}: preparing ${entry.layers.length} layers for a Docker v2 manifest (a classic docker save has none)`);
        const compressed = await mapLimited(entry.layers, Math.max(1, Math.min(4, (0,external_node_os_namespaceObject.availableParallelism)())), (path, i) => this.#layer(path, diffIds[i]));
        const layers = new Map(compressed.map((l) => [l.digest, l.source]));
        const gzipped = compressed.filter((l) => 'recipe' in l.source).length;
        const document = {
            schemaVersion: 2,
            mediaType: DOCKER_MANIFEST,
            config: { mediaType: DOCKER_IMAGE_CONFIG, size: config.length, digest: digestOf(config) },
            layers: compressed.map((l) => ({ mediaType: DOCKER_LAYER_GZIP, size: l.size, digest: l.digest })),
        };
        const bytes = Buffer.from(JSON.stringify(document, null, 3));
        const manifest = parseManifest(bytes, DOCKER_MANIFEST, digestOf(bytes));
        const tags = entry.repoTags.length > 0 ? entry.repoTags.join(', ') : `the untagged image ${entry.config}`;
        this.notes.push(`${this.#name}: ${tags} is a classic docker save without a registry manifest; ${gzipped} of its ${compressed.length} layers were compressed with gzip (the others came gzipped) and a Docker v2 manifest written, so its digest ${manifest.digest} is new (the config, image ID ${document.config.digest}, is kept).`);
        return { manifest, config, layers };
    }
    /** A layer ready to push: gzipped into a temporary file, or as it is when the archive holds it gzipped already. */
    async #layer(path, diffId) {
        const member = this.#tar.lookup(path);
        const head = await (0,consumers_namespaceObject.buffer)(this.#tar.file.stream(member.offset, Math.min(member.size, 4)));
        const where = `layer member ${path} of ${this.#tar.file.path}`;
        if (head.subarray(0, 4).equals(ZSTD_MAGIC)) {
            throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is zstd-compressed, which a Docker v2 manifest cannot carry`);
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const measure = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                size += chunk.length;
                callback(null, chunk);
            },
        });
        const digest = () => `sha256:${hash.digest('hex')}`;
        const read = () => this.#tar.file.stream(member.offset, member.size);
        if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
            // Pushed as it is; its digest is learnt here, and its content checked against the diff_id on the way.
            const discard = new external_node_stream_.Writable({ write: (_chunk, _encoding, callback) => callback() });
            try {
                await (0,external_node_stream_promises_namespaceObject.pipeline)(read(), measure, (0,external_node_zlib_.createGunzip)(), new VerifyingStream(diffId, undefined, `${where} (gunzipped, diff_id)`), discard);
            }
            catch (error) {
                if (!error.code?.startsWith('Z_'))
                    throw error;
                throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is not a valid gzip stream: ${error.message}`, {
                    cause: error,
                });
            }
            return { digest: digest(), size, source: { member } };
        }
        const file = (0,external_node_path_namespaceObject.join)(await this.#tempDir(), `${(0,external_node_crypto_.randomUUID)()}.deflate`);
        const verified = (0,external_node_stream_.pipeline)(read(), new VerifyingStream(diffId, member.size, `${where} (diff_id)`), () => { });
        const gzipped = await gzipToRecipe(verified, file);
        return { digest: gzipped.digest, size: gzipped.size, source: { recipe: gzipped.recipe, member } };
    }
    #tempDir() {
        this.#temp ??= (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'hoist-layers-')).then((dir) => {
            process.once('exit', () => (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true }));
            return dir;
        });
        return this.#temp;
    }
}
function diffIdsOf(config, what, file) {
    let json;
    try {
        json = JSON.parse(config.toString('utf8'));
    }
    catch {
        throw new FileStoreError(file, `${what} is not valid JSON`);
    }
    const ids = json?.rootfs?.diff_ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && isDigest(id))) {
        throw new FileStoreError(file, `${what} has no valid rootfs.diff_ids list`);
    }
    return ids;
}
function familiarNameOr(tag) {
    try {
        return familiarName(tag);
    }
    catch {
        return tag;
    }
}
/** Map with at most `limit` calls in flight; the first failure rejects (the others finish on their own). */
async function mapLimited(items, limit, run) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await run(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
// EXTERNAL MODULE: external "buffer"
var external_buffer_ = __nccwpck_require__(181);
;// CONCATENATED MODULE: external "zlib"
const external_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
var external_zlib_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_zlib_namespaceObject, 2);
// EXTERNAL MODULE: external "node:assert"
var external_node_assert_ = __nccwpck_require__(4589);
;// CONCATENATED MODULE: ./node_modules/tar/dist/esm/index.min.js
var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:!0})};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof external_node_stream_||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_.EventEmitter&&typeof s.pipe=="function"&&s.pipe!==external_node_stream_.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_.EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors)}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends external_node_events_.EventEmitter{[g]=!1;[Qt]=!1;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=!1;[nt]=!1;[De]=!1;[Ne]=!1;[qt]=null;[_]=0;[S]=!1;[Jt];[Ce]=!1;[Rt]=0;[C]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=!0,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=!1):(this[L]=!1,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new external_node_string_decoder_namespaceObject.StringDecoder(this[z]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()))}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t}[xi](){this[Ce]=!0,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason)}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return!1;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=!1,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else{let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t)}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=!0,this.writable=!1,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=!0),this[Qt]=!1,this[g]=!0,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"))}resume(){return this[Bt]()}pause(){this[g]=!1,this[Qt]=!0,this[C]=!1}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t)}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=!1){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain")}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=!1;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=!1),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=!1,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt])}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=!1)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=!1)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=!1)}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return!1;if(t==="data")return!this[L]&&!i?!1:this[Z]?(jt(()=>this[Oi](i)),!0):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=!0,!this[nt]&&!this[S])return!1;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):!1;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===!1&&this.pause();let e=this[C]?!1:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?!1:(this[nt]=!0,this.readable=!1,this[Z]?(jt(()=>this[Ti]()),!0):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e)}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length)}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[C]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:!1,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d)},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]})},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:!0,value:void 0})},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=!1;let t=!1,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=!0,{done:!0,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:!1,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=!0,this[C]=!0,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=external_fs_namespaceObject.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=!1;[m];[U];[Ci];[j]=!1;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=!0,this.writable=!1,typeof t!="string")throw new TypeError("path must be a string");this[bt]=!1,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=!1,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0,typeof this[m]=="number"?this[zt]():this[at]()}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){external_fs_namespaceObject.open(this[U],"r",(t,e)=>this[Ht](t,e))}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]())}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=!0;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));external_fs_namespaceObject.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r))}}[Ii](t,e,i){this[j]=!1,t?this[Ut](t):this[ki](e,i)&&this[zt]()}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.close(t,e=>e?this.emit("error",e):this.emit("close"))}}[Ut](t){this[j]=!0,this[H](),this.emit("error",t)}[ki](t,e){let i=!1;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=!1,this[H](),super.end()),i}emit(t,...e){switch(t){case"prefinish":case"finish":return!1;case"drain":return typeof this[m]=="number"&&this[zt](),!1;case"error":return this[bt]?!1:(this[bt]=!0,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=!0;try{this[Ht](null,external_fs_namespaceObject.openSync(this[U],"r")),t=!1}finally{t&&this[H]()}}[zt](){let t=!0;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:external_fs_namespaceObject.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1}t=!1}finally{t&&this[H]()}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.closeSync(t),this.emit("close")}}},et=class extends external_events_{readable=!1;writable=!0;[bt]=!1;[gt]=!1;[te]=!1;[Y]=[];[ke]=!1;[U];[ie];[ht];[m];[Me];[tt];[Ni]=!1;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]()}emit(t,...e){if(t==="error"){if(this[bt])return!1;this[bt]=!0}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=!0,this.emit("error",t)}[at](){external_fs_namespaceObject.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e))}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]())}end(t,e){return t&&this.write(t,e),this[te]=!0,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),!1):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=!0,!1):(this[gt]=!0,this[ve](t),!0)}[ve](t){external_fs_namespaceObject.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i))}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=!1,this[te]&&!this[Ni]?(this[Ni]=!0,this[H](),this.emit("finish")):this[ke]&&(this[ke]=!1,this.emit("drain"))))}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else{let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i))}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.close(t,e=>e?this.emit("error",e):this.emit("close"))}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=external_fs_namespaceObject.openSync(this[U],this[tt],this[ie])}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=external_fs_namespaceObject.openSync(this[U],this[tt],this[ie]);this[Ht](null,t)}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.closeSync(t),this.emit("close")}}[ve](t){let e=!0;try{this[Pt](null,external_fs_namespaceObject.writeSync(this[m],t,0,t.length,this[ot])),e=!1}finally{if(e)try{this[H]()}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return{};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i}return t.chmod===void 0&&t.noChmod===!1&&(t.chmod=!0),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=external_zlib_namespaceObject.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=external_buffer_.Buffer.concat,zs=Object.getOwnPropertyDescriptor(external_buffer_.Buffer,"concat"),nn=s=>s,Bi=zs?.writable===!0||zs?.set!==void 0?s=>{external_buffer_.Buffer.concat=s?nn:rn}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor)}get name(){return"ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=!1;#i=!1;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof external_zlib_namespaceObject_0[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new external_zlib_namespaceObject_0[e](t)}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=!0,this.close(),this.emit("error",i))},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close)}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"))}reset(){if(!this.#t)return external_assert_namespaceObject(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(external_buffer_.Buffer.alloc(0),{[Pi]:t})))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=!0,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=external_buffer_.Buffer.from(t,e)),this.#t)return;external_assert_namespaceObject(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(!0);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1)}catch(l){Bi(!1),this.#o(new Gt(l,this.write))}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"))}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](external_buffer_.Buffer.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c])}else a=this[Tt](external_buffer_.Buffer.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),external_assert_namespaceObject(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.()};try{this.handle.params(t,e)}finally{this.handle.flush=i}this.handle&&(this.#t=t,this.#i=e)}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable}[Tt](t){return this.#t?(this.#t=!1,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip")}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e)}},We=class extends He{constructor(t){super(t,"BrotliCompress")}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress")}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e)}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress")}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress")}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256)},an=(s,t)=>{t[0]=255;var e=!1;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=!0,t[i-1]=Gs(r))}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=!1,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=!0,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1))}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1))}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=!1;needPax=!1;nullBlock=!1;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t)}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,!0),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path}else{let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12)}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=!0)}#i(t,e=!1){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))))}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=!0,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=external_node_path_namespaceObject.posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,!1];else{r=external_node_path_namespaceObject.posix.dirname(i),i=external_node_path_namespaceObject.posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,!1]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,!0]:(i=external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.basename(r),i),r=external_node_path_namespaceObject.posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",!0])}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?!1:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),!0):(yn(s,t,e,i),!1),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?!1:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?!1:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=!1){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+(0,external_node_path_namespaceObject.basename)(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return"";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=!1){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case"path":case"linkpath":case"type":case"charset":case"comment":case"gname":case"uname":s[n]=o;break;case"ctime":case"atime":case"mtime":s[n]=new Date(Number(o)*1e3);break;case"size":let h=+o;h>=0&&(s[n]=h);break;case"gid":case"uid":case"dev":case"ino":case"nlink":case"mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=!1;ignore=!1;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=!1;absolute;unsupported=!1;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case"File":case"OldFile":case"Link":case"SymbolicLink":case"CharacterDevice":case"BlockDevice":case"Directory":case"FIFO":case"ContiguousFile":case"GNUDumpDir":break;case"NextFileHasLongLinkpath":case"NextFileHasLongPath":case"OldGnuLongPath":case"GlobalExtendedHeader":case"ExtendedHeader":case"OldExtendedHeader":this.meta=!0;break;default:this.ignore=!0}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,!0)}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?!0:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=!1){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))))}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==!1?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i))};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>!0,rt=class extends external_events_.EventEmitter{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=!0;readable=!1;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=!1;[w];[$]=!1;[It];[je]=!1;[ti]=!1;[Yt]=!1;[ae]=!1;[Yi]=!1;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===!1)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format")}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end")}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:!1;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?!0:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry)}warn(t,e,i={}){Dt(this,t,e,i)}[Vs](t,e){this[It]===void 0&&(this[It]=!1);let i;try{i=new F(t,e,this[V],this[he])}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=!0,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=!0,this[At]("nullBlock"));else if(this[je]=!1,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else{let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else{let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=!0)};n.on("end",o)}else this[It]=!0;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=!0,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())))}}}[$s](){queueMicrotask(()=>this.emit("close"))}[Zs](t){let e=!0;if(!t)this[it]=void 0,e=!1;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r)}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=!1);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"))}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return!this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i])}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case"ExtendedHeader":case"OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],!1);break;case"GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],!0);break;case"NextFileHasLongPath":case"OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case"NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>!0,e.end=()=>e,e.emit=()=>!1,e.destroy?.()}this[$]=!0,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:!1})}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),!1):!0}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),!1;if((this[w]===void 0||this.brotli===void 0&&this[w]===!1)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),!0;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=!1);let o=!1;if(this[w]===!1&&this.zstd!==!1){o=!0;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=!1;break}}let h=this.brotli===void 0&&!o;if(this[w]===!1&&h)if(t.length<512)if(this[ut])this.brotli=!0;else return this[p]=t,i?.(),!0;else try{new F(t.subarray(0,512)),this.brotli=!1}catch{this.brotli=!0}if(this[w]===void 0||this[w]===!1&&(this.brotli||o)){let a=this[ut];this[ut]=!1,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c)}),this[w].on("error",c=>{this[$]||this.abort(c)}),this[w].on("end",()=>{this[ut]=!0,this[Xe]()}),this[Yt]=!0,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=!1,i?.(),l}}this[Yt]=!0,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=!1;let n=this[st].length>0?!1:this[it]?this[it].flowing:!0;return!n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t)}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=!0;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end()}this[At](Je)}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=!0,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e)}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e)}this[ae]=!1}(!this[p]||this[ut])&&this[Qe]()}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case"begin":case"header":this[Vs](t,e),e+=512;break;case"ignore":case"body":e+=this[Ki](t,e);break;case"meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=!0,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume()}:e=>e.resume()},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),!0])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,!1),!1;let l=h||(0,external_path_namespaceObject.parse)(o).root||".",c;if(o===l)c=!1;else{let d=e.get(o);c=d!==void 0?d:n((0,external_path_namespaceObject.dirname)(o),l,a+1)}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o))},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=external_node_fs_namespaceObject.openSync(e,"r");let r=external_node_fs_namespaceObject.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=external_node_fs_namespaceObject.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h))}else{let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=external_node_fs_namespaceObject.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a))}t.end()}}finally{if(typeof i=="number")try{external_node_fs_namespaceObject.closeSync(i)}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),external_node_fs_namespaceObject.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s)});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=external_node_path_namespaceObject.win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s)}return[t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=!1;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=!1;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o)}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||external_path_namespaceObject.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]()}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=!0),super.emit(t,...e)}[ss](){external_fs_namespaceObject.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e)})}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]()}[tr](){switch(this.type){case"File":return this[er]();case"Directory":return this[ir]();case"SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t)}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end()}[is](){external_fs_namespaceObject.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e)})}[ns](t){this.linkpath=f(t),this[fe](),this.end()}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(external_path_namespaceObject.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end()}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute)}if(this[fe](),this.stat.size===0)return this.end();this[os]()}[os](){external_fs_namespaceObject.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e)})}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]()}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");external_fs_namespaceObject.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h)})}[pt](t=()=>{}){this.fd!==void 0&&external_fs_namespaceObject.close(this.fd,t)}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]())}[as](t){this.once("drain",t)}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]()}},ni=class extends de{sync=!0;[ss](){this[si](external_fs_namespaceObject.lstatSync(this.absolute))}[is](){this[ns](external_fs_namespaceObject.readlinkSync(this.absolute))}[os](){this[hs](external_fs_namespaceObject.openSync(this.absolute,"r"))}[ii](){let t=!0;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=external_fs_namespaceObject.readSync(e,i,r,n,o);this[rs](h),t=!1}finally{if(t)try{this[pt](()=>{})}catch{}}}[as](t){t()}[pt](t=()=>{}){this.fd!==void 0&&external_fs_namespaceObject.closeSync(this.fd),t()}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=!1;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h)}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this)}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e)}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0}};var pi=class{path;absolute;entry;stat;readdir;pending=!1;pendingLink=!1;ignore=!1;piped=!1;constructor(t,e){this.path=t||"./",this.absolute=e}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=!1;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=!1;[me]=!1;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=!0),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume())}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>!0,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=!1,this[me]=!1}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=!0,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else{let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i)}this[Ft]()}[ci](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]()}[ds](t){t.pending=!0,this[G]+=1;let e=this.follow?"stat":"lstat";external_fs_namespaceObject[e](t.absolute,(i,r)=>{t.pending=!1,this[G]-=1,i?this.emit("error",i):this[li](t,r)})}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=!0;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else{let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=!0,t.pending=!0}this[Ft]()}[us](t){t.pending=!0,this[G]+=1,external_fs_namespaceObject.readdir(t.absolute,(e,i)=>{if(t.pending=!1,this[G]-=1,e)return this.emit("error",e);this[fi](t,i)})}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]()}[Ft](){if(!this[Ee]){this[Ee]=!0;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e}this[Ee]=!1,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()))}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=!1,this[ai](n)}}this[Ft]()}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=!1,t.pendingLink=!1),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t)}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=!0;return}t===this[Et]&&!t.piped&&this[di](t)}}}[cs](t){return{onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e)}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume()}[di](t){t.piped=!0,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause()}):e.on("data",r=>{super.write(r)||e.pause()})}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i)}},kt=class extends wt{sync=!0;constructor(t){super(t),this[ui]=ni}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,external_fs_namespaceObject[e](t.absolute))}[us](t){this[fi](t,external_fs_namespaceObject.readdirSync(t.absolute))}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r)}):e.on("data",r=>{super[lr](r)})}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t)},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o)});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_namespaceObject.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_namespaceObject.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>{s.add(i)}}):s.add(e);s.end()},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e},Qn=K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=external_fs_namespaceObject.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||external_fs_namespaceObject.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return external_node_fs_namespaceObject.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{external_node_fs_namespaceObject.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null)})},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(external_node_path_namespaceObject.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=external_node_path_namespaceObject.resolve(s,t.name);Ei(o,e,i,r)});else{let n=external_node_path_namespaceObject.resolve(s,t.name);Ei(n,e,i,r)}},Es=(s,t,e,i)=>{external_node_fs_namespaceObject.readdir(s,{withFileTypes:!0},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a)})},so=(s,t,e,i)=>{t.isDirectory()&&ws(external_node_path_namespaceObject.resolve(s,t.name),e,i),ps(external_node_path_namespaceObject.resolve(s,t.name),e,i)},ws=(s,t,e)=>{let i;try{i=external_node_fs_namespaceObject.readdirSync(s,{withFileTypes:!0})}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e}get name(){return"CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e}get name(){return"SymlinkError"}};var no=(s,t)=>{external_node_fs_namespaceObject.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e)})},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?external_node_fs_namespaceObject.chmod(s,r,e):e()};if(s===d)return no(s,y);if(l)return promises_namespaceObject.mkdir(s,{mode:r,recursive:!0}).then(E=>y(null,E??void 0),y);let D=f(external_node_path_namespaceObject.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y)},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(external_node_path_namespaceObject.resolve(s+"/"+h));external_node_fs_namespaceObject.mkdir(a,e,br(a,t,e,i,r,n,o))},br=(s,t,e,i,r,n,o)=>h=>{h?external_node_fs_namespaceObject.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)external_node_fs_namespaceObject.unlink(s,c=>{if(c)return o(c);external_node_fs_namespaceObject.mkdir(s,e,br(s,t,e,i,r,n,o))});else{if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h)}}):(n=n||s,Ss(s,t,e,i,r,n,o))},oo=s=>{let t=!1,e;try{t=external_node_fs_namespaceObject.statSync(s).isDirectory()}catch(i){e=i?.code}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&external_node_fs_namespaceObject.chmodSync(s,i)};if(s===c)return oo(c),d();if(a)return d(external_node_fs_namespaceObject.mkdirSync(s,{mode:i,recursive:!0})??void 0);let T=f(external_node_path_namespaceObject.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(external_node_path_namespaceObject.resolve(x));try{external_node_fs_namespaceObject.mkdirSync(x,i),D=D||x}catch{let Le=external_node_fs_namespaceObject.lstatSync(x);if(Le.isDirectory())continue;if(l){external_node_fs_namespaceObject.unlinkSync(x),external_node_fs_namespaceObject.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=(0,external_node_path_namespaceObject.join)(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt((0,external_node_path_namespaceObject.join)(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e])}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else{let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]))}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return{paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?!1:(this.#s.add(t),t(()=>this.#e(t)),!0)}#e(t){if(!this.#s.has(t))return!1;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l)}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l)}else a.delete(t)}return this.#s.delete(t),n.forEach(o=>this.#r(o)),!0}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return external_node_fs_namespaceObject.unlink(s,t);let e=s+".DELETE."+(0,external_node_crypto_.randomBytes)(16).toString("hex");external_node_fs_namespaceObject.rename(s,e,i=>{if(i)return t(i);external_node_fs_namespaceObject.unlink(e,t)})},po=s=>{if(!Te)return external_node_fs_namespaceObject.unlinkSync(s);let t=s+".DELETE."+(0,external_node_crypto_.randomBytes)(16).toString("hex");external_node_fs_namespaceObject.renameSync(s,t),external_node_fs_namespaceObject.unlinkSync(t)},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=!1;[Oe]=!1;[Ri]=0;reservations=new yi;transform;writable=!0;readable=!1;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=!0,this[bs]()},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=!0}else this.uid=void 0,this.gid=void 0,this.setOwner=!1;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===!0,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(external_node_path_namespaceObject.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e))}warn(t,e,i={}){return(t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=!1),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"))}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return!0;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),!1;let a=external_node_path_namespaceObject.posix.dirname(t.path),l=external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),!1}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),!0}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return!1;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return!1}i.splice(0,this.strip),t.path=i.join("/")}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),!1;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return!1;if(t.absolute=external_node_path_namespaceObject.isAbsolute(t.path)?f(external_node_path_namespaceObject.resolve(t.path)):f(external_node_path_namespaceObject.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),!1;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return!1;if(this.win32){let{root:r}=external_node_path_namespaceObject.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=external_node_path_namespaceObject.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length))}return!0}[Dr](t){if(!this[Fr](t))return t.resume();switch(external_node_assert_.equal(typeof t.absolute,"string"),t.type){case"Directory":case"GNUDumpDir":t.mode&&(t.mode=t.mode|448);case"File":case"OldFile":case"ContiguousFile":case"Link":case"SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume())}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i)}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms(t.size),mode:i,autoClose:!1});r.on("error",a=>{r.fd&&external_node_fs_namespaceObject.close(r.fd,()=>{}),r.write=()=>!0,this[O](a,t),e()});let n=1,o=a=>{if(a){r.fd&&external_node_fs_namespaceObject.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&external_node_fs_namespaceObject.close(r.fd,l=>{l?this[O](l,t):this[$t](),e()})};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;external_node_fs_namespaceObject.futimes(l,c,d,y=>y?external_node_fs_namespaceObject.utimes(a,c,d,T=>o(T&&y)):o())}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&external_node_fs_namespaceObject.fchown(l,c,d,y=>y?external_node_fs_namespaceObject.chown(a,c,d,T=>o(T&&y)):o())}o()});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e()}),t.pipe(h)),h.pipe(r)}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume())};t.mtime&&!this.noMtime&&(n++,external_node_fs_namespaceObject.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,external_node_fs_namespaceObject.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o()})}[Cr](t){t.unsupported=!0,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume()}[Ar](t,e){let i=f(external_node_path_namespaceObject.relative(this.cwd,external_node_path_namespaceObject.resolve(external_node_path_namespaceObject.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e()})}[Ir](t,e){let i=f(external_node_path_namespaceObject.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e()})}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=external_node_path_namespaceObject.resolve(e,o);external_node_fs_namespaceObject.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,external_node_path_namespaceObject.resolve(h,i.join("/"))));this[Re](t,h,i,r,n)})}[kr](){this[Ri]++}[$t](){this[Ri]--,this[bs]()}[Ls](t){this[$t](),t.resume()}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i))}[Nr](t,e){let i=h=>{e(h)},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=!0,n()})},n=()=>{if(t.absolute!==this.cwd){let h=f(external_node_path_namespaceObject.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o()})}o()},o=()=>{external_node_fs_namespaceObject.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?external_node_fs_namespaceObject.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return external_node_fs_namespaceObject.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i))})};this[Oe]?n():r()}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case"File":case"OldFile":case"ContiguousFile":return this[Ts](e,i);case"Link":return this[Ir](e,i);case"SymbolicLink":return this[Ar](e,i);case"Directory":case"GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){external_node_fs_namespaceObject[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r()})}},ye=s=>{try{return[null,s()]}catch(t){return[t,null]}},xe=class extends Xt{sync=!0;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=!0}if(t.absolute!==this.cwd){let n=f(external_node_path_namespaceObject.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>external_node_fs_namespaceObject.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{external_node_fs_namespaceObject.chmodSync(String(t.absolute),Number(t.mode))}):[];return this[P](h,t)}let[n]=ye(()=>external_node_fs_namespaceObject.rmdirSync(String(t.absolute)));this[P](n,t)}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{external_node_fs_namespaceObject.closeSync(n)}catch(l){a=l}(h||a)&&this[O](h||a,t),e()},n;try{n=external_node_fs_namespaceObject.openSync(String(t.absolute),ms(t.size),i)}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{external_node_fs_namespaceObject.writeSync(n,h,0,h.length)}catch(a){r(a)}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{external_node_fs_namespaceObject.futimesSync(n,a,l)}catch(c){try{external_node_fs_namespaceObject.utimesSync(String(t.absolute),a,l)}catch{h=c}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{external_node_fs_namespaceObject.fchownSync(n,Number(a),Number(l))}catch(c){try{external_node_fs_namespaceObject.chownSync(String(t.absolute),Number(a),Number(l))}catch{h=h||c}}}r(h)})}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{external_node_fs_namespaceObject.utimesSync(String(t.absolute),t.atime||new Date,t.mtime)}catch{}if(this[ge](t))try{external_node_fs_namespaceObject.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)))}catch{}e(),t.resume()}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=external_node_path_namespaceObject.resolve(o,h);let[a,l]=ye(()=>external_node_fs_namespaceObject.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,external_node_path_namespaceObject.resolve(e,i.join("/"))))}r()}[gi](t,e,i,r){let n=`${i}Sync`;try{external_node_fs_namespaceObject[n](e,String(t.absolute)),r(),t.resume()}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=external_node_fs_namespaceObject.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t)},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),external_node_fs_namespaceObject.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t)});var yo=(s,t)=>{let e=new kt(s),i=!0,r,n;try{try{r=external_node_fs_namespaceObject.openSync(s.file,"r+")}catch(a){if(a?.code==="ENOENT")r=external_node_fs_namespaceObject.openSync(s.file,"w+");else throw a}let o=external_node_fs_namespaceObject.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=external_node_fs_namespaceObject.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime)}i=!1,Ro(s,e,n,r,t)}finally{if(i)try{external_node_fs_namespaceObject.closeSync(r)}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r)},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?external_node_fs_namespaceObject.close(n,E=>h(T)):h(null,D)},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return external_node_fs_namespaceObject.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,external_node_fs_namespaceObject.read(n,d,0,512,l,y)};external_node_fs_namespaceObject.read(n,d,0,512,l,y)};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",external_node_fs_namespaceObject.open(s.file,h,a);if(l||!c)return o(l);external_node_fs_namespaceObject.fstat(c,(d,y)=>{if(d)return external_node_fs_namespaceObject.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t)})})};external_node_fs_namespaceObject.open(s.file,h,a)})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_namespaceObject.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_namespaceObject.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e);s.end()},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});var Oo=K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s)}),To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0))};
//# sourceMappingURL=index.min.js.map

;// CONCATENATED MODULE: ./src/store/archive/tar-index.ts
// One pass over a tar's headers, recording where each member's bytes are, so members can later be read by offset
// without extracting anything. node-tar decodes every header (checksum, octal and base-256 numbers, ustar prefix,
// pax and GNU long names); this file only steps from one header to the next and checks the paths.



const tar_index_BLOCK = 512;
/** Pax and long-name bodies are read into memory; real ones are a few hundred bytes. */
const MAX_META_BYTES = 1024 * 1024;
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_TYPES = new Set(['Link', 'SymbolicLink']);
class TarIndex {
    file;
    #members;
    constructor(file, members) {
        this.file = file;
        this.#members = members;
    }
    get paths() {
        return [...this.#members.keys()];
    }
    /** The regular file at `path`, following links (docker save links repeated layers to the first copy). */
    lookup(path) {
        let member = this.#members.get(normalise(path) ?? '');
        for (let hops = 0; member?.target !== undefined && hops < 16; hops++)
            member = this.#members.get(member.target);
        return member?.target === undefined ? member : undefined;
    }
}
/** Index every member of the archive; throws FileStoreError naming the file (and member) for anything amiss. */
async function indexTar(file, storeName) {
    const where = `${storeName}: ${file.path}`;
    const members = new Map();
    const reader = await file.reader();
    let position = 0;
    let ex;
    let gex;
    let last = '(the start)';
    try {
        for (;;) {
            const block = await reader.read(tar_index_BLOCK);
            position += block.length;
            if (block.length === 0 && members.size > 0)
                break;
            if (block.length < tar_index_BLOCK) {
                if (members.size === 0)
                    throw new FileStoreError(file.path, `${where} is not a tar archive (it is ${position} bytes long)`);
                throw new FileStoreError(file.path, `${where} is truncated: it ends inside the tar header after member ${last}`);
            }
            if (block.every((byte) => byte === 0)) {
                if (members.size === 0 && position === tar_index_BLOCK)
                    throw new FileStoreError(file.path, `${where} is an empty tar archive`);
                break; // The end-of-archive marker; what follows is padding.
            }
            const header = decodeHeader(block, ex, gex);
            if (header === undefined || !header.cksumValid || header.path === undefined) {
                if (members.size === 0)
                    throw new FileStoreError(file.path, `${where} is not a tar archive (no valid tar header at its start)`);
                throw new FileStoreError(file.path, `${where} has a damaged tar header at offset ${position - tar_index_BLOCK}, after member ${last}`);
            }
            const size = header.size ?? 0;
            const padded = Math.ceil(size / tar_index_BLOCK) * tar_index_BLOCK;
            const type = header.type;
            if (type === 'ExtendedHeader' ||
                type === 'GlobalExtendedHeader' ||
                type === 'NextFileHasLongPath' ||
                type === 'OldGnuLongPath' ||
                type === 'NextFileHasLongLinkpath') {
                if (size > MAX_META_BYTES)
                    throw new FileStoreError(file.path, `${where} has a ${size}-byte tar extended header after member ${last}`);
                const body = await reader.read(size);
                if (body.length < size || (await reader.skip(padded - size)) < padded - size) {
                    throw new FileStoreError(file.path, `${where} is truncated: it ends inside a tar extended header after member ${last}`);
                }
                position += padded;
                const text = body.toString('utf8');
                if (type === 'ExtendedHeader')
                    ex = ft.parse(text, ex, false);
                else if (type === 'GlobalExtendedHeader')
                    gex = ft.parse(text, gex, true);
                else if (type === 'NextFileHasLongLinkpath')
                    ex = { ...ex, linkpath: text.replace(/\0.*/s, '') };
                else
                    ex = { ...ex, path: text.replace(/\0.*/s, '') };
                continue;
            }
            // As node-tar's own ReadEntry does: the pax or GNU long name replaces the header's whole name (Header alone
            // would prefix it with the header's ustar prefix field).
            const rawPath = ex?.path ?? header.path;
            const rawLink = ex?.linkpath ?? header.linkpath;
            ex = undefined;
            const path = normalise(rawPath);
            if (path === undefined) {
                throw new FileStoreError(file.path, `${where} has a member "${rawPath}" whose path escapes the archive; expected relative paths inside it`);
            }
            last = path || rawPath;
            const offset = position;
            if (FILE_TYPES.has(type)) {
                members.set(path, { path, offset, size });
            }
            else if (LINK_TYPES.has(type)) {
                const target = normalise(type === 'Link' ? (rawLink ?? '') : external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(path), rawLink ?? ''));
                if (target === undefined || (rawLink ?? '').startsWith('/')) {
                    throw new FileStoreError(file.path, `${where} has a link "${path}" to "${rawLink}", which escapes the archive`);
                }
                members.set(path, { path, offset, size: 0, target });
            }
            const skipped = await reader.skip(padded);
            position += skipped;
            if (skipped < size) {
                throw new FileStoreError(file.path, `${where} is truncated: member ${path} should have ${size} bytes, only ${skipped} are there`);
            }
        }
    }
    catch (error) {
        if (file.gzipped && error.code?.startsWith('Z_'))
            throw file.gzipError(error);
        throw error;
    }
    finally {
        await reader.close();
    }
    return new TarIndex(file, members);
}
/** node-tar's decoding of a header block; undefined when the block is not one (e.g. a number field is garbage). */
function decodeHeader(block, ex, gex) {
    try {
        return new F(block, 0, ex, gex);
    }
    catch {
        return undefined;
    }
}
/** `./a//b/` → `a/b`; undefined when the path is absolute or climbs out with `..`. */
function normalise(path) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return undefined;
    return parts.join('/');
}

;// CONCATENATED MODULE: ./src/store/archive/docker-manifest-json.ts
// manifest.json of a docker-archive: one entry per image with its config, tags and layer tars, as docker save
// writes it and docker load reads it.


/** Parse and check manifest.json; paths that leave the archive are refused here, before anything is read. */
function parseDockerManifestJson(bytes, where, path) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new FileStoreError(path, `${where}: manifest.json is not valid JSON`);
    }
    if (!Array.isArray(json))
        throw new FileStoreError(path, `${where}: manifest.json is not a list of images`);
    return json.map((item, i) => {
        const entry = (typeof item === 'object' && item !== null ? item : {});
        const at = `${where}: manifest.json entry ${i}`;
        const member = (value, field) => {
            if (typeof value !== 'string' || value === '')
                throw new FileStoreError(path, `${at} has no ${field} path`);
            const normal = normalise(value);
            if (normal === undefined)
                throw new FileStoreError(path, `${at} names ${field} "${value}", which escapes the archive`);
            return normal;
        };
        const tags = entry['RepoTags'] ?? [];
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
            throw new FileStoreError(path, `${at} has RepoTags that are not a list of names`);
        if (!Array.isArray(entry['Layers']))
            throw new FileStoreError(path, `${at} has no Layers list`);
        return {
            config: member(entry['Config'], 'Config'),
            repoTags: tags,
            layers: entry['Layers'].map((layer, n) => member(layer, `Layers[${n}]`)),
        };
    });
}

;// CONCATENATED MODULE: ./src/store/layout/layout-writer.ts
// Writing into an OCI image layout directory: each blob streams through a digest check into a temporary file that
// is renamed into place only when verified; index.json is replaced atomically at commit. Until then a reader of the
// directory sees only complete blobs it may ignore, and the index it had.











const REF_NAME_TAGGING = {
    annotations: (tag) => ({ [REF_NAME]: tag }),
    sameName: (tag, entry) => entry['annotations']?.[REF_NAME] === tag,
};
/** The content of the `oci-layout` file. */
const LAYOUT_FILE = `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`;
class LayoutWriter {
    root;
    #name;
    #naming;
    /** Whether the directory existed before: abort removes it whole when we made it, else only the blobs we added. */
    #rootExisted;
    #root;
    #added = new Set();
    #manifests = new Map();
    #tags = new Map();
    #sink;
    /** Blobs go into `root`'s blobs/ folder, or to `sink` when given (then commit and abort are the sink's owner's). */
    constructor(root, storeName, naming = REF_NAME_TAGGING, sink) {
        this.root = root;
        this.#name = storeName;
        this.#naming = naming;
        this.#sink = sink;
    }
    /** Manifests put so far, by digest. */
    get manifests() {
        return this.#manifests;
    }
    /** Tags put so far, with the entry each will get in index.json. */
    get tags() {
        return this.#tags;
    }
    resolvePending(reference) {
        const digest = this.#tags.get(reference)?.digest ?? (isDigest(reference) ? reference : undefined);
        const manifest = digest === undefined ? undefined : this.#manifests.get(digest);
        return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    /** Once, however many blobs arrive at the same time: otherwise a second look could see the first one's mkdir. */
    #ensureRoot() {
        this.#root ??= (async () => {
            this.#rootExisted = await pathExists(this.root);
            await (0,promises_namespaceObject.mkdir)(this.root, { recursive: true });
        })();
        return this.#root;
    }
    async hasBlob(digest) {
        if (!isDigest(digest))
            return false;
        return this.#sink !== undefined ? this.#sink.has(digest) : pathExists((0,external_node_path_namespaceObject.join)(this.root, blobPath(digest)));
    }
    async writeBlob(descriptor, body) {
        if (this.#sink !== undefined)
            return this.#sink.write(descriptor, body);
        const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
        const final = (0,external_node_path_namespaceObject.join)(this.root, blobPath(descriptor.digest));
        await this.#ensureRoot();
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(final), { recursive: true });
        const partial = `${final}.${(0,external_node_crypto_.randomUUID)()}.partial`;
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, verify, (0,external_node_fs_namespaceObject.createWriteStream)(partial, { flags: 'wx' }));
            const had = await pathExists(final);
            await (0,promises_namespaceObject.rename)(partial, final);
            if (!had)
                this.#added.add(final);
        }
        catch (error) {
            await (0,promises_namespaceObject.rm)(partial, { force: true });
            throw error;
        }
    }
    /** Store the manifest as a blob; a tag also becomes an index.json entry at commit ('' or a digest: none). */
    async putManifest(reference, manifest) {
        const actual = digestOf(manifest.bytes, manifest.digest);
        if (actual !== manifest.digest)
            throw new DigestMismatchError(`manifest put to ${this.#name}`, manifest.digest, actual);
        if (isDigest(reference) && reference !== manifest.digest) {
            throw new FileStoreError(this.root, `manifest ${manifest.digest} cannot be stored in ${this.#name} under another digest, ${reference}`);
        }
        const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        if (!(await this.hasBlob(manifest.digest)))
            await this.writeBlob(descriptor, external_node_stream_.Readable.from([manifest.bytes]));
        this.#manifests.set(manifest.digest, manifest);
        if (reference !== '' && !isDigest(reference)) {
            this.#tags.set(reference, { ...descriptor, annotations: this.#naming.annotations(reference) });
        }
        return { digest: manifest.digest };
    }
    /**
     * The entries the new index.json lists: the existing ones (less those a new tag replaces), the new tags, then the
     * manifests put only by digest that no other put manifest lists (what a target without REF receives).
     */
    entries(existing) {
        const tags = [...this.#tags];
        const kept = existing.filter((entry) => !tags.some(([tag]) => this.#naming.sameName(tag, entry)));
        const added = tags.map(([, descriptor]) => ({ ...descriptor }));
        const children = new Set([...this.#manifests.values()].flatMap((m) => m.manifests.map((c) => c.digest)));
        const listed = new Set([...kept, ...added].map((e) => e['digest']));
        const roots = [...this.#manifests.values()]
            .filter((m) => !children.has(m.digest) && !listed.has(m.digest))
            .map((m) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length }));
        return [...kept, ...added, ...roots];
    }
    /** The bytes of the new index.json: the existing document with its manifests replaced by `entries`. */
    indexJson(existingIndex) {
        const existing = Array.isArray(existingIndex?.['manifests']) ? existingIndex['manifests'] : [];
        const index = { schemaVersion: 2, mediaType: OCI_INDEX, ...existingIndex, manifests: this.entries(existing) };
        return Buffer.from(`${JSON.stringify(index)}\n`);
    }
    /** Write oci-layout (when absent) and replace index.json atomically: a temporary file renamed over it. */
    async commit(existingIndex) {
        if (this.#manifests.size === 0 && this.#added.size === 0)
            return; // Nothing was written: leave the place as it was.
        await this.#ensureRoot();
        if (!(await pathExists((0,external_node_path_namespaceObject.join)(this.root, 'oci-layout'))))
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(this.root, 'oci-layout'), LAYOUT_FILE);
        const partial = (0,external_node_path_namespaceObject.join)(this.root, `index.json.${(0,external_node_crypto_.randomUUID)()}.partial`);
        await (0,promises_namespaceObject.writeFile)(partial, this.indexJson(existingIndex));
        await (0,promises_namespaceObject.rename)(partial, (0,external_node_path_namespaceObject.join)(this.root, 'index.json'));
    }
    /** Take back what was written: the directory when we made it, else the blobs we added (index.json is untouched). */
    async abort() {
        if (this.#rootExisted === false) {
            await (0,promises_namespaceObject.rm)(this.root, { recursive: true, force: true });
        }
        else {
            await Promise.all([...this.#added].map((path) => (0,promises_namespaceObject.rm)(path, { force: true })));
        }
        this.#added.clear();
    }
}
/** Whether anything is at the path. */
async function pathExists(path) {
    try {
        await (0,promises_namespaceObject.stat)(path);
        return true;
    }
    catch (error) {
        if (isMissing(error))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/archive-bytes.ts
// The bytes of an archive file, plain or gzipped. A plain tar is read by position: the header walk seeks past
// member bodies, and a member is a ranged read of the file. A gzipped tar cannot seek: the walk inflates it once
// (bodies discarded as they pass), and reading a member inflates again from the start, skipping to it. That keeps
// memory at one chunk and writes nothing to disk, at the cost of re-inflating the part before each member.






class ArchiveFile {
    path;
    gzipped;
    #name;
    constructor(path, name, gzipped) {
        this.path = path;
        this.#name = name;
        this.gzipped = gzipped;
    }
    /** Open for reading: the file must exist; gzip is recognised by its magic bytes, whatever the file's name. */
    static async open(path, name) {
        let handle;
        try {
            handle = await (0,promises_namespaceObject.open)(path, 'r');
        }
        catch (error) {
            if (isMissing(error))
                throw new FileStoreError(path, `${name}: ${path} does not exist`);
            if (error.code === 'EISDIR') {
                throw new FileStoreError(path, `${name}: ${path} is a directory; an archive is a tar file (for a directory, write oci:)`);
            }
            throw error;
        }
        try {
            const magic = Buffer.alloc(2);
            const { bytesRead } = await handle.read(magic, 0, 2, 0);
            return new ArchiveFile(path, name, bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b);
        }
        finally {
            await handle.close();
        }
    }
    async reader() {
        return this.gzipped ? new InflatingReader(this.#inflated()) : PositionalReader.open(this.path);
    }
    /** The `size` bytes at `offset` of the tar; the caller verifies them (a short read shows as a size mismatch). */
    stream(offset, size) {
        if (size === 0)
            return external_node_stream_.Readable.from([]);
        if (!this.gzipped)
            return (0,external_node_fs_namespaceObject.createReadStream)(this.path, { start: offset, end: offset + size - 1, highWaterMark: CHUNK });
        return external_node_stream_.Readable.from(this.#gzipErrorsNamed(sliceOf(this.#inflated(), offset, size)), { objectMode: false });
    }
    #inflated() {
        return (0,external_node_stream_.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(this.path, { highWaterMark: CHUNK }), (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK }), () => { });
    }
    async *#gzipErrorsNamed(chunks) {
        try {
            yield* chunks;
        }
        catch (error) {
            throw this.gzipError(error);
        }
    }
    /** An error from zlib, said in terms of the file. */
    gzipError(error) {
        return new FileStoreError(this.path, `${this.#name}: ${this.path} is not a valid gzip file: ${error.message}`, {
            cause: error,
        });
    }
}
async function* sliceOf(source, start, size) {
    const end = start + size;
    let position = 0;
    for await (const chunk of source) {
        const next = position + chunk.length;
        if (next > start)
            yield chunk.subarray(Math.max(0, start - position), Math.min(chunk.length, end - position));
        position = next;
        if (position >= end)
            return;
    }
}
/** What is left of `views` once `n` bytes went into them. */
function afterRead(views, n) {
    const rest = [];
    let left = n;
    for (const view of views) {
        if (left >= view.length)
            left -= view.length;
        else {
            rest.push(view.subarray(left));
            left = 0;
        }
    }
    return rest;
}
class PositionalReader {
    #handle;
    #size;
    #position = 0;
    constructor(handle, size) {
        this.#handle = handle;
        this.#size = size;
    }
    static async open(path) {
        const handle = await (0,promises_namespaceObject.open)(path, 'r');
        return new PositionalReader(handle, (await handle.stat()).size);
    }
    async read(length) {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.#handle.read(buffer, filled, length - filled, this.#position);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            this.#position += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    async readInto(views) {
        let rest = views.filter((v) => v.length > 0);
        while (rest.length > 0) {
            const { bytesRead } = await this.#handle.readv(rest, this.#position);
            if (bytesRead === 0)
                return false;
            this.#position += bytesRead;
            rest = afterRead(rest, bytesRead);
        }
        return true;
    }
    skip(length) {
        const skipped = Math.min(length, this.#size - this.#position);
        this.#position += skipped;
        return Promise.resolve(skipped);
    }
    close() {
        return this.#handle.close();
    }
}
class InflatingReader {
    #stream;
    #chunks;
    #pending = Buffer.alloc(0);
    #done = false;
    constructor(stream) {
        this.#stream = stream;
        this.#chunks = stream[Symbol.asyncIterator]();
    }
    async #fill() {
        if (this.#done)
            return false;
        const next = await this.#chunks.next();
        if (next.done === true) {
            this.#done = true;
            return false;
        }
        this.#pending = this.#pending.length === 0 ? next.value : Buffer.concat([this.#pending, next.value]);
        return true;
    }
    async read(length) {
        while (this.#pending.length < length && (await this.#fill()))
            ;
        const out = this.#pending.subarray(0, Math.min(length, this.#pending.length));
        this.#pending = this.#pending.subarray(out.length);
        return Buffer.from(out);
    }
    async readInto(views) {
        for (const view of views) {
            let filled = 0;
            while (filled < view.length) {
                if (this.#pending.length === 0 && !(await this.#fill()))
                    return false;
                const n = this.#pending.copy(view, filled, 0, Math.min(this.#pending.length, view.length - filled));
                this.#pending = this.#pending.subarray(n);
                filled += n;
            }
        }
        return true;
    }
    async skip(length) {
        let skipped = 0;
        while (skipped < length) {
            if (this.#pending.length === 0 && !(await this.#fill()))
                break;
            const take = Math.min(length - skipped, this.#pending.length);
            this.#pending = this.#pending.subarray(take);
            skipped += take;
        }
        return skipped;
    }
    close() {
        this.#stream.destroy();
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./src/store/archive/tar-builder.ts
// Building an archive in place: members are appended to a temporary tar next to the target as they arrive, each
// blob streaming through its digest check straight into the tar, and the tar is renamed over the target at commit.
// A blob that arrives while another is being appended is verified into a spill file beside it and appended when the
// tar is free, so concurrent writers never wait on each other's sources. node-tar encodes every header.










const tar_builder_BLOCK = 512;
// Fixed, so that the same content makes the same archive, byte for byte.
const MTIME = new Date(0);
class TarBuilder {
    target;
    #name;
    #partial;
    #spill;
    #handle;
    #position = 0;
    /** Appends run one at a time, in this chain. */
    #tail = Promise.resolve();
    #busy = 0;
    /** A failure of an append the writer did not wait for (a spilled blob), reported at commit. */
    #failure;
    #appended = new Map();
    #spilled = new Map();
    #writing = new Map();
    #directories = new Set();
    constructor(target, storeName) {
        this.target = target;
        this.#name = storeName;
        const id = (0,external_node_crypto_.randomUUID)();
        this.#partial = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(target), `.${(0,external_node_path_namespaceObject.basename)(target)}.${id}.partial`);
        this.#spill = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(target), `.${(0,external_node_path_namespaceObject.basename)(target)}.${id}.spill`);
    }
    has(digest) {
        return Promise.resolve(this.#appended.has(digest) || this.#spilled.has(digest));
    }
    /** Store a blob: straight into the tar when it is free, else verified into a spill file and appended later. */
    async write(descriptor, body) {
        parseDigest(descriptor.digest);
        const pending = this.#writing.get(descriptor.digest);
        if (pending !== undefined || (await this.has(descriptor.digest))) {
            body.destroy();
            return pending;
        }
        const writing = this.#busy === 0 ? this.#direct(descriptor, body) : this.#spillThenAppend(descriptor, body);
        this.#writing.set(descriptor.digest, writing);
        try {
            await writing;
        }
        finally {
            this.#writing.delete(descriptor.digest);
        }
    }
    /** A stream of a blob written so far, from the tar or its spill file. */
    open(digest) {
        const appended = this.#appended.get(digest);
        if (appended !== undefined) {
            if (appended.size === 0)
                return external_node_stream_.Readable.from([]);
            return (0,external_node_fs_namespaceObject.createReadStream)(this.#partial, { start: appended.offset, end: appended.offset + appended.size - 1, highWaterMark: CHUNK });
        }
        const spilled = this.#spilled.get(digest);
        return spilled === undefined ? undefined : (0,external_node_fs_namespaceObject.createReadStream)(spilled, { highWaterMark: CHUNK });
    }
    /** Append a small file (index.json, manifest.json) whole. */
    addFile(path, bytes) {
        return this.#exclusive(async () => {
            await this.#appendBytes(path, [bytes], bytes.length);
        });
    }
    /** End the tar and rename it over the target; on failure nothing is left but what was at the target before. */
    async commit() {
        try {
            await this.#tail;
            if (this.#failure !== undefined)
                throw this.#failure;
            const handle = await this.#file();
            await handle.write(Buffer.alloc(2 * tar_builder_BLOCK), 0, 2 * tar_builder_BLOCK, this.#position);
            await handle.close();
            this.#handle = undefined;
            await (0,promises_namespaceObject.rename)(this.#partial, this.target);
        }
        catch (error) {
            await this.abort();
            throw error;
        }
        await (0,promises_namespaceObject.rm)(this.#spill, { recursive: true, force: true });
    }
    async abort() {
        await this.#tail;
        const handle = this.#handle;
        this.#handle = undefined;
        if (handle !== undefined)
            await (await handle).close().catch(() => { });
        await Promise.all([(0,promises_namespaceObject.rm)(this.#partial, { force: true }), (0,promises_namespaceObject.rm)(this.#spill, { recursive: true, force: true })]);
    }
    #direct(descriptor, body) {
        const verified = this.#verified(descriptor, body);
        return this.#exclusive(() => this.#appendBlob(descriptor, verified));
    }
    async #spillThenAppend(descriptor, body) {
        await (0,promises_namespaceObject.mkdir)(this.#spill, { recursive: true });
        const file = (0,external_node_path_namespaceObject.join)(this.#spill, `${descriptor.digest.replace(':', '-')}.${(0,external_node_crypto_.randomUUID)()}`);
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(this.#verified(descriptor, body), (0,external_node_fs_namespaceObject.createWriteStream)(file, { flags: 'wx', highWaterMark: CHUNK }));
        }
        catch (error) {
            await (0,promises_namespaceObject.rm)(file, { force: true });
            throw error;
        }
        this.#spilled.set(descriptor.digest, file);
        // Not awaited: the blob is safe in its spill file; a failure to append it is reported at commit.
        void this.#exclusive(async () => {
            await this.#appendBlob(descriptor, (0,external_node_fs_namespaceObject.createReadStream)(file, { highWaterMark: CHUNK }));
            this.#spilled.delete(descriptor.digest);
            await (0,promises_namespaceObject.rm)(file, { force: true });
        }).catch((error) => {
            this.#failure ??= error instanceof Error ? error : new Error(String(error));
        });
    }
    #verified(descriptor, body) {
        const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
        return (0,external_node_stream_.pipeline)(body, verify, () => { });
    }
    async #appendBlob(descriptor, body) {
        const path = blobPath(descriptor.digest);
        for (const directory of ['blobs/', `${(0,external_node_path_namespaceObject.dirname)(path)}/`]) {
            if (!this.#directories.has(directory)) {
                await this.#appendBytes(directory, [], 0, 'Directory');
                this.#directories.add(directory);
            }
        }
        const offset = await this.#appendBytes(path, body, descriptor.size);
        this.#appended.set(descriptor.digest, { offset, size: descriptor.size });
    }
    /**
     * Write one member at the end of the tar; returns where its bytes start. When the body fails or is not `size`
     * bytes, the tar is cut back to where the member began, as if it had never been started.
     */
    async #appendBytes(path, body, size, type = 'File') {
        const handle = await this.#file();
        const start = this.#position;
        const header = new F({
            path,
            mode: type === 'File' ? 0o644 : 0o755,
            uid: 0,
            gid: 0,
            size,
            mtime: MTIME,
            type,
            uname: '',
            gname: '',
        });
        const blocks = header.encode() ? [new ft({ path, size, mtime: MTIME }).encode(), header.block] : [header.block];
        let position = start;
        try {
            for (const block of blocks) {
                await handle.write(block, 0, block.length, position);
                position += block.length;
            }
            const offset = position;
            for await (const chunk of body) {
                if (position + chunk.length > offset + size)
                    throw new FileStoreError(this.target, `${path} is longer than its ${size} bytes`);
                await handle.write(chunk, 0, chunk.length, position);
                position += chunk.length;
            }
            if (position !== offset + size)
                throw new FileStoreError(this.target, `${path} ended after ${position - offset} of its ${size} bytes`);
            const padding = (tar_builder_BLOCK - (size % tar_builder_BLOCK)) % tar_builder_BLOCK;
            if (padding > 0)
                await handle.write(Buffer.alloc(padding), 0, padding, position);
            this.#position = position + padding;
            return offset;
        }
        catch (error) {
            await handle.truncate(start);
            this.#position = start;
            throw error;
        }
    }
    #file() {
        this.#handle ??= (async () => {
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(this.#partial), { recursive: true });
            return (0,promises_namespaceObject.open)(this.#partial, 'wx+');
        })();
        return this.#handle;
    }
    #exclusive(run) {
        this.#busy++;
        const result = this.#tail.then(run).finally(() => this.#busy--);
        this.#tail = result.then(() => undefined, () => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/tar-files.ts


class TarFiles {
    where;
    #tar;
    /** Members live under this folder of the archive ('' for the root). */
    #prefix;
    constructor(tar, prefix = '') {
        this.#tar = tar;
        this.where = tar.file.path;
        this.#prefix = prefix;
    }
    size(path) {
        return Promise.resolve(this.#tar.lookup(this.#prefix + path)?.size);
    }
    async read(path, maxBytes) {
        const member = this.#tar.lookup(this.#prefix + path);
        if (member === undefined)
            return undefined;
        if (member.size > maxBytes)
            throw new FileStoreError(this.where, `${this.describe(path)} is ${member.size} bytes, over the ${maxBytes}-byte limit`);
        const bytes = await (0,consumers_namespaceObject.buffer)(this.#tar.file.stream(member.offset, member.size));
        if (bytes.length !== member.size) {
            throw new FileStoreError(this.where, `${this.describe(path)} is truncated: ${bytes.length} of ${member.size} bytes are there`);
        }
        return bytes;
    }
    open(path) {
        const member = this.#tar.lookup(this.#prefix + path);
        if (member === undefined)
            return Promise.reject(new FileStoreError(this.where, `${this.describe(path)} is missing`));
        return Promise.resolve(this.#tar.file.stream(member.offset, member.size));
    }
    describe(path) {
        return `member ${this.#prefix + path} of ${this.where}`;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/oci-archive-store.ts
// An OCI archive (`oci-archive:FILE`, a tar of an OCI image layout) as a Store. Reading indexes the tar's headers
// once and serves every file of the layout by offset; writing builds the tar beside the target as blobs arrive
// (tar-builder.ts) and renames it into place at commit.











async function openOciArchive(opened) {
    if (opened.mode === 'write') {
        await checkArchiveTarget(opened);
        return new OciArchiveWriter(opened);
    }
    const tar = await indexArchive(opened);
    if (tar.lookup('index.json') === undefined) {
        const hint = tar.lookup('manifest.json') !== undefined ? ' It has a manifest.json: read it as docker-archive:.' : '';
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not an OCI archive: it has no index.json.${hint}`);
    }
    const reader = new LayoutReader(new TarFiles(tar), opened.name);
    await reader.index();
    return new ReadOnlyLayoutStore(opened, reader);
}
/** Index the archive at the opened path, saying how long it took (the one pass over its headers). */
async function indexArchive(opened) {
    const started = performance.now();
    const file = await ArchiveFile.open(opened.location, opened.name);
    const tar = await indexTar(file, opened.name);
    const ms = Math.round(performance.now() - started);
    opened.logger.debug(`${opened.name}: indexed ${tar.paths.length} members of ${file.gzipped ? 'gzipped ' : ''}${opened.location} in ${ms} ms`);
    return tar;
}
/** An archive replaces a file, never a directory: refused before anything is written. */
async function checkArchiveTarget(opened) {
    if (await isDirectory(opened.location)) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is a directory; an archive is written as a file (for a directory, write oci:)`);
    }
}
async function isDirectory(path) {
    try {
        return (await (0,promises_namespaceObject.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
/** The error for a write to a store opened for reading. */
function readOnly(store) {
    return new FileStoreError(store.location, `${store.name} was opened for reading, not writing`);
}
/** A layout that is only read (an archive as a source). */
class ReadOnlyLayoutStore {
    name;
    location;
    notes = [];
    #reader;
    constructor(opened, reader) {
        this.name = opened.name;
        this.location = opened.location;
        this.#reader = reader;
    }
    resolve(reference) {
        return this.#reader.resolve(reference);
    }
    getManifest(reference) {
        return this.#reader.getManifest(reference);
    }
    hasBlob(descriptor) {
        return this.#reader.hasBlob(descriptor);
    }
    readBlob(descriptor, onBytes) {
        return this.#reader.readBlob(descriptor, onBytes);
    }
    listTags() {
        return this.#reader.names();
    }
    putManifest() {
        return Promise.reject(readOnly(this));
    }
    writeBlob() {
        return Promise.reject(readOnly(this));
    }
    close() {
        return Promise.resolve();
    }
}
/**
 * A new archive: it starts empty whatever is at the path (an archive is replaced whole, not added to), is built in
 * a temporary file beside it as blobs arrive (tar-builder.ts), and appears at the path at commit.
 */
class OciArchiveWriter {
    name;
    location;
    notes = [];
    builder;
    writer;
    #closed = false;
    constructor(opened, naming) {
        this.name = opened.name;
        this.location = opened.location;
        this.builder = new TarBuilder(opened.location, opened.name);
        this.writer = new LayoutWriter(opened.location, opened.name, naming, this.builder);
    }
    resolve(reference) {
        return Promise.resolve(this.writer.resolvePending(reference));
    }
    getManifest(reference) {
        const pending = this.writer.resolvePending(reference);
        if (pending?.manifest === undefined)
            return Promise.reject(new NotFoundError(`manifest ${reference}`, this.name));
        return Promise.resolve(pending.manifest);
    }
    async putManifest(reference, manifest) {
        this.#open();
        return this.writer.putManifest(reference, manifest);
    }
    hasBlob(descriptor) {
        return this.writer.hasBlob(descriptor.digest);
    }
    readBlob(descriptor, onBytes) {
        const stream = isDigest(descriptor.digest) ? this.builder.open(descriptor.digest) : undefined;
        if (stream === undefined)
            return Promise.reject(new NotFoundError(`blob ${descriptor.digest}`, this.name));
        const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.name}`, onBytes);
        return Promise.resolve((0,external_node_stream_.pipeline)(stream, verify, () => { }));
    }
    async writeBlob(descriptor, body) {
        this.#open();
        return this.writer.writeBlob(descriptor, body);
    }
    listTags() {
        return Promise.resolve([...this.writer.tags.keys()]);
    }
    async close(outcome) {
        if (this.#closed)
            return;
        this.#closed = true;
        if (outcome === 'abort' || this.writer.manifests.size === 0)
            return this.builder.abort();
        try {
            await this.builder.addFile('oci-layout', Buffer.from(LAYOUT_FILE));
            await this.builder.addFile('index.json', this.writer.indexJson(undefined));
            await this.writeExtras();
        }
        catch (error) {
            await this.builder.abort();
            throw error;
        }
        await this.builder.commit();
    }
    /** Members a subclass adds after the layout (docker-archive's manifest.json). */
    writeExtras() {
        return Promise.resolve();
    }
    #open() {
        if (this.#closed)
            throw new FileStoreError(this.location, `${this.name} is closed`);
    }
}

;// CONCATENATED MODULE: ./src/store/archive/docker-archive-store.ts













/** The annotation Docker 25+ (and containerd) give an index.json entry: the full image name with its tag. */
const IMAGE_NAME = 'io.containerd.image.name';
async function openDockerArchive(opened) {
    if (opened.mode === 'write') {
        await checkArchiveTarget(opened);
        return new DockerArchiveWriter(opened);
    }
    const tar = await indexArchive(opened);
    const files = new TarFiles(tar);
    const manifestJson = await files.read('manifest.json', MAX_MANIFEST_BYTES);
    const entries = manifestJson === undefined ? [] : parseDockerManifestJson(manifestJson, opened.name, opened.location);
    if (tar.lookup('index.json') !== undefined && tar.lookup('oci-layout') !== undefined) {
        const reader = new LayoutReader(files, opened.name, await dockerNaming(new LayoutReader(files, opened.name), entries));
        return new ReadOnlyLayoutStore(opened, reader);
    }
    if (manifestJson === undefined) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not a docker-archive: it has no manifest.json (members: ${listed(tar)})`);
    }
    return new ClassicDockerArchiveStore(opened, new ClassicDockerImages(tar, entries, opened.name, opened.logger));
}
function listed(tar) {
    const paths = tar.paths;
    return paths.length === 0 ? 'none' : paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, … ${paths.length - 5} more` : '');
}
/**
 * Names of a Docker 25+ archive's images: the io.containerd.image.name annotation, else the RepoTags of the
 * manifest.json entry whose Config is the image's config.
 */
async function dockerNaming(reader, entries) {
    // Keyed by digest and annotation, not by object: the reader that matches parses index.json anew.
    const names = new Map();
    const tagsByConfig = new Map(entries.map((e) => [e.config, e.repoTags]));
    for (const entry of await reader.entries()) {
        const annotated = entry.annotations?.[IMAGE_NAME];
        let found = annotated !== undefined && normalisedName(annotated) !== undefined ? [familiarName(annotated)] : [];
        if (found.length === 0 && isImageManifest(entry.mediaType)) {
            const config = (await reader.manifest(entry)).config;
            found = config === undefined ? [] : [...(tagsByConfig.get(blobPath(config.digest)) ?? [])];
        }
        names.set(entry.digest + (annotated ?? ''), found);
    }
    const namesOf = (entry) => names.get(entry.digest + (entry.annotations?.[IMAGE_NAME] ?? '')) ?? [];
    return { names: namesOf, matches: (reference, entry) => namesOf(entry).some((name) => sameName(name, reference)) };
}
class ClassicDockerArchiveStore {
    name;
    location;
    #images;
    constructor(opened, images) {
        this.name = opened.name;
        this.location = opened.location;
        this.#images = images;
    }
    get notes() {
        return this.#images.notes;
    }
    resolve(reference) {
        return this.#images.resolve(reference);
    }
    getManifest(reference) {
        return this.#images.getManifest(reference);
    }
    hasBlob(descriptor) {
        return this.#images.hasBlob(descriptor);
    }
    readBlob(descriptor, onBytes) {
        return this.#images.readBlob(descriptor, onBytes);
    }
    listTags() {
        return Promise.resolve(this.#images.names());
    }
    putManifest() {
        return Promise.reject(readOnly(this));
    }
    writeBlob() {
        return Promise.reject(readOnly(this));
    }
    close() {
        return this.#images.close();
    }
}
/** Docker 25+'s index.json naming: the full name in io.containerd.image.name, the tag alone in ref.name. */
const DOCKER_TAGGING = {
    annotations: (tag) => {
        const full = normalisedName(tag);
        return { [IMAGE_NAME]: full, [REF_NAME]: reference_parseReference(full).tag ?? 'latest' };
    },
    sameName: (tag, entry) => {
        const annotated = entry['annotations']?.[IMAGE_NAME];
        return typeof annotated === 'string' && sameName(annotated, tag);
    },
};
/** Writes the layout and manifest.json; one image per tag, so a multi-platform index is refused. */
class DockerArchiveWriter extends OciArchiveWriter {
    /** Signatures and SBOMs would be entries of manifest.json that docker load cannot read as images. */
    holdsReferrers = false;
    constructor(opened) {
        super(opened, DOCKER_TAGGING);
    }
    async putManifest(reference, manifest) {
        if (manifest.kind === 'index') {
            const platforms = manifest.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : m.digest)).join(', ');
            throw new FileStoreError(this.location, `${this.name} holds one image per tag, as docker load reads it, but ${manifest.digest} is a multi-platform index (${platforms}); choose one platform`);
        }
        if (reference !== '' && !isDigest(reference) && normalisedName(reference) === undefined) {
            throw new FileStoreError(this.location, `${this.name}: "${reference}" is not NAME:TAG, which a docker-archive names its images by (e.g. app:v1)`);
        }
        return super.putManifest(reference, manifest);
    }
    async writeExtras() {
        const images = new Map();
        for (const [tag, descriptor] of this.writer.tags)
            images.set(descriptor.digest, [...(images.get(descriptor.digest) ?? []), familiarName(tag)]);
        for (const entry of this.writer.entries([])) {
            const digest = entry['digest'];
            if (!images.has(digest))
                images.set(digest, []);
        }
        const document = [...images].map(([digest, repoTags]) => {
            const manifest = this.writer.manifests.get(digest);
            if (manifest.config === undefined)
                throw new FileStoreError(this.location, `${this.name}: manifest ${digest} has no config`);
            parseDigest(manifest.config.digest);
            return {
                Config: blobPath(manifest.config.digest),
                RepoTags: repoTags,
                Layers: manifest.blobs.slice(1).map((layer) => blobPath(layer.digest)),
            };
        });
        await this.builder.addFile('manifest.json', Buffer.from(`${JSON.stringify(document)}\n`));
    }
}

;// CONCATENATED MODULE: ./src/store/layout/layout-store.ts
// An OCI image layout directory as a Store (`oci:PATH`), read and written in place. Writing adds to what is there:
// blobs are content-addressed (so deduplicated), and index.json gains or replaces entries only at commit.





async function openOciLayout(opened) {
    const reader = new LayoutReader(new DirectoryFiles(opened.location), opened.name);
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(opened.location);
    }
    catch (error) {
        if (!isMissing(error))
            throw error;
        if (opened.mode === 'read')
            throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} does not exist`);
    }
    if (info !== undefined && !info.isDirectory()) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not a directory; an OCI layout is a directory (for a tar, write oci-archive:)`);
    }
    if (info !== undefined) {
        const index = await reader.index();
        const holdsOther = index === undefined && (await (0,promises_namespaceObject.readdir)(opened.location)).length > 0;
        if (index === undefined && (opened.mode === 'read' || holdsOther)) {
            const advice = opened.mode === 'write' ? '; write to a new or empty directory' : '';
            throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not an OCI image layout: it has no index.json${advice}`);
        }
        opened.logger.debug(`${opened.name}: layout at ${opened.location} lists ${index?.manifests.length ?? 0} images`);
    }
    const writer = opened.mode === 'write' ? new LayoutWriter(opened.location, opened.name) : undefined;
    return new OciLayoutStore(opened, reader, writer);
}
/** Reads through `reader`; when opened for writing, also keeps what was put in `writer` until close. */
class OciLayoutStore {
    name;
    location;
    notes = [];
    #reader;
    #writer;
    #closed = false;
    constructor(opened, reader, writer) {
        this.name = opened.name;
        this.location = opened.location;
        this.#reader = reader;
        this.#writer = writer;
    }
    async resolve(reference) {
        return this.#writer?.resolvePending(reference) ?? (await this.#reader.resolve(reference));
    }
    async getManifest(reference) {
        const pending = this.#writer?.resolvePending(reference);
        return pending?.manifest ?? this.#reader.getManifest(reference);
    }
    async putManifest(reference, manifest) {
        return this.#writable().putManifest(reference, manifest);
    }
    async hasBlob(descriptor) {
        return this.#reader.hasBlob(descriptor);
    }
    async readBlob(descriptor, onBytes) {
        return this.#reader.readBlob(descriptor, onBytes);
    }
    async writeBlob(descriptor, body) {
        return this.#writable().writeBlob(descriptor, body);
    }
    async listTags() {
        const pending = [...(this.#writer?.tags.keys() ?? [])];
        return [...new Set([...(await this.#reader.names()), ...pending])];
    }
    async close(outcome) {
        if (this.#writer === undefined || this.#closed)
            return;
        this.#closed = true;
        if (outcome === 'abort')
            return this.#writer.abort();
        await this.#writer.commit((await this.#reader.index())?.json);
    }
    #writable() {
        if (this.#writer === undefined)
            throw new FileStoreError(this.location, `${this.name} was opened for reading, not writing`);
        if (this.#closed)
            throw new FileStoreError(this.location, `${this.name} is closed`);
        return this.#writer;
    }
}

;// CONCATENATED MODULE: ./src/store/file-reference.ts
// Images as files, named as skopeo names them: `oci:PATH[:REF]`, `oci-archive:FILE[:REF]`,
// `docker-archive:FILE[:NAME:TAG]`. These prefixes always mean files; anything else is left to the registry parser.
// Also the one entry point that opens the matching store, so callers need not know the kinds apart.





class InvalidFileReferenceError extends Error {
    input;
    constructor(input, reason) {
        super(`Invalid file reference "${input}": ${reason}.`);
        this.name = 'InvalidFileReferenceError';
        this.input = input;
    }
}
const KINDS = ['oci-archive', 'docker-archive', 'oci'];
const FORMS = {
    oci: 'oci:PATH[:REF]',
    'oci-archive': 'oci-archive:FILE[:REF]',
    'docker-archive': 'docker-archive:FILE[:NAME:TAG]',
};
// The grammar of org.opencontainers.image.ref.name (OCI image layout spec, annotations).
const file_reference_REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
/**
 * Parse a file reference. Undefined when the text has none of the three prefixes (so it is a registry reference);
 * throws InvalidFileReferenceError when it has one but the rest is malformed. As in skopeo, the path ends at the
 * first colon after the prefix: a path cannot hold a colon, a REF can (`docker-archive:app.tar:host:5000/app:v1`).
 */
function parseFileReference(text) {
    const kind = KINDS.find((k) => text.startsWith(`${k}:`));
    if (kind === undefined)
        return undefined;
    const rest = text.slice(kind.length + 1);
    const colon = rest.indexOf(':');
    const path = colon < 0 ? rest : rest.slice(0, colon);
    const reference = colon < 0 ? undefined : rest.slice(colon + 1);
    if (path.trim() === '')
        throw new InvalidFileReferenceError(text, `the path is empty; expected ${FORMS[kind]}`);
    if (/[\0\n\r]/.test(path))
        throw new InvalidFileReferenceError(text, `the path holds a control character; expected ${FORMS[kind]}`);
    if (reference !== undefined) {
        if (reference === '')
            throw new InvalidFileReferenceError(text, `the part after "${path}:" is empty; expected ${FORMS[kind]}`);
        if (kind === 'docker-archive')
            checkDockerName(text, reference);
        else if (!file_reference_REF_NAME.test(reference)) {
            throw new InvalidFileReferenceError(text, `"${reference}" is not a valid ref.name; expected letters and digits joined by - . _ : @ + or /, e.g. v1.2.3`);
        }
    }
    return { kind, text, path, reference, name: `${kind}:${path}` };
}
function checkDockerName(text, reference) {
    if (reference.includes('@')) {
        throw new InvalidFileReferenceError(text, `"${reference}" names a digest; a docker-archive names its images by NAME:TAG, e.g. app:v1`);
    }
    const lastSlash = reference.lastIndexOf('/');
    if (reference.lastIndexOf(':') <= lastSlash) {
        throw new InvalidFileReferenceError(text, `"${reference}" has no tag; expected NAME:TAG, e.g. app:v1`);
    }
    try {
        reference_parseReference(reference);
    }
    catch (error) {
        throw new InvalidFileReferenceError(text, `"${reference}" is not NAME:TAG (${error.message.replace(/\.$/, '')})`);
    }
}
/**
 * Open the store a file reference names. `read`: the file must exist and hold images. `write`: an archive appears
 * at the path only at `close('commit')`; a layout gets verified blobs as they come and its new index.json at commit.
 * Resolve a source with `store.resolve(ref.reference ?? '')`: the empty reference means "the only image in it"
 * (several: an error listing their names). Write the target's top manifest with
 * `putManifest(ref.reference ?? manifest.digest, manifest)`: a manifest put only by digest that no other lists
 * becomes an unnamed index.json entry. Close every store opened for writing, once, with the copy's outcome.
 */
async function openFileStore(ref, mode, options) {
    const location = (0,external_node_path_namespaceObject.resolve)(options.cwd ?? process.cwd(), ref.path);
    const opened = { name: ref.name, location, mode, logger: options.logger };
    switch (ref.kind) {
        case 'oci':
            return openOciLayout(opened);
        case 'oci-archive':
            return openOciArchive(opened);
        case 'docker-archive':
            return openDockerArchive(opened);
    }
}

;// CONCATENATED MODULE: ./src/store/image-reference.ts
// What a user writes for a place an image lives: a registry reference (`ghcr.io/acme/app:v1`, `nginx`) or a file
// (`oci:./out:v1`, `oci-archive:app.tar`, `docker-archive:app.tar:app:1`; these prefixes always mean files).


/** Throws InvalidReferenceError or InvalidFileReferenceError, each quoting the text. */
function parseImageReference(text) {
    const file = parseFileReference(text.trim());
    if (file)
        return { kind: 'file', file, text: file.text };
    const reference = reference_parseReference(text);
    // A tag or digest is written after the last path component's start; a port's colon comes before a slash.
    const last = text.trim().split('/').pop() ?? '';
    return { kind: 'registry', reference, text: formatReference(reference), tagImplied: !last.includes(':') && !last.includes('@') };
}
/** Registries an image reference list touches (files touch none). */
function registriesOf(references) {
    return references.flatMap((r) => (r.kind === 'registry' ? [r.reference.registry] : []));
}

;// CONCATENATED MODULE: ./src/store/registry/body.ts
// Response bodies: read a bounded amount, throw one away safely, and re-slice a byte stream into upload chunks.

/** Read a body as text, or undefined when it is longer than `limit` bytes (the rest is discarded). */
async function readLimited(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            discard(body);
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Drop a response body we will not read. The listener matters: destroying an undici body emits 'error'. */
function discard(body) {
    body.on('error', () => undefined);
    body.destroy();
}
/** Read a manifest body, refusing more than MAX_MANIFEST_BYTES (a missing Content-Length does not lift the limit). */
async function readManifestBody(body, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > MAX_MANIFEST_BYTES) {
            discard(body);
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Re-slice a byte stream into chunks of exactly `size` bytes (the last may be shorter); holds one chunk at most. */
async function* rechunk(stream, size) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let data = piece;
        while (held + data.length >= size) {
            const take = size - held;
            parts.push(data.subarray(0, take));
            yield Buffer.concat(parts);
            parts = [];
            held = 0;
            data = data.subarray(take);
        }
        if (data.length > 0) {
            parts.push(data);
            held += data.length;
        }
    }
    if (held > 0)
        yield Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/store/registry/challenges.ts
// WWW-Authenticate, parsed: the challenges a registry answers a 401 with, and the scopes a bearer challenge asks for.
/**
 * Parse a WWW-Authenticate header into its challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"`,
 * several challenges in one header, quoted strings with escapes and commas inside quotes.
 */
function parseChallenges(headerValue) {
    const challenges = [];
    let i = 0;
    const text = headerValue;
    const skipSpace = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < text.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < text.length) {
        skipSpace();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const token = readToken();
        if (token === '') {
            i++; // skip a stray character rather than loop forever
            continue;
        }
        skipSpace();
        if (text[i] === '=' && current) {
            i++;
            skipSpace();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < text.length && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < text.length)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = readToken();
                // token68 values may end in '=' padding
                while (text[i] === '=') {
                    value += '=';
                    i++;
                }
            }
            current.params[token.toLowerCase()] = value;
        }
        else {
            // A token not followed by '=' starts a new challenge (its scheme).
            current = { scheme: token.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** The repositories and actions a bearer challenge's `scope` asks for (`repository:acme/app:pull,push`). */
function challengedScopes(challenges) {
    const wanted = challenges.find((c) => c.scheme === 'bearer')?.params['scope'];
    return (wanted?.split(' ') ?? []).flatMap((scope) => {
        const [, repository, actions] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
        return repository && actions ? [{ repository, actions: actions.split(',') }] : [];
    });
}

;// CONCATENATED MODULE: ./src/store/registry/errors.ts
// Typed registry errors whose messages a user can act on, with URLs redacted (signed query strings stay secret).
// Each error says whether trying again can help (SelfClassifying), so the one retry policy needs no status tables.

// Query parameters that carry no secret and help a reader; every other value (signatures, tokens) is replaced.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope']);
/** The URL without credentials and with secret-bearing query values replaced by `REDACTED`. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '<unparsable URL>';
    }
    parsed.username = '';
    parsed.password = '';
    for (const key of [...parsed.searchParams.keys()]) {
        if (!SAFE_QUERY_KEYS.has(key.toLowerCase()))
            parsed.searchParams.set(key, 'REDACTED');
    }
    return parsed.toString();
}
/** Codes that mean "this upload went wrong in transit": a fresh upload of fresh bytes can succeed. */
const UPLOAD_RETRY_CODES = ['DIGEST_INVALID', 'BLOB_UPLOAD_INVALID', 'BLOB_UPLOAD_UNKNOWN'];
const BLOB_UNKNOWN_CODES = new Set(['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const DIGEST_IN_TEXT = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/g;
class RegistryError extends Error {
    status;
    codes;
    method;
    url;
    registry;
    operation;
    object;
    retryable;
    retryReason;
    retryAfterMs;
    constructor(options) {
        super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'RegistryError';
        this.registry = options.registry;
        this.method = options.method;
        this.url = redactUrl(options.url);
        this.status = options.status;
        this.codes = options.codes ?? [];
        this.operation = options.operation;
        this.object = options.object;
        const derived = deriveRetry(options, this.codes);
        this.retryable = options.retryable ?? derived.retryable;
        this.retryReason = options.retryReason ?? derived.reason;
        this.retryAfterMs = options.retryAfterMs;
    }
    hasCode(code) {
        return this.codes.some((c) => c.code === code);
    }
    /** The digests the registry named as unknown (MANIFEST_BLOB_UNKNOWN, BLOB_UNKNOWN), from `detail`, in order. */
    unknownBlobs() {
        const found = new Set();
        for (const entry of this.codes) {
            if (!BLOB_UNKNOWN_CODES.has(entry.code) || entry.detail === undefined)
                continue;
            const text = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
            for (const match of text.matchAll(DIGEST_IN_TEXT))
                found.add(match[1]);
        }
        return [...found];
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Whether a status is worth another request (the transport's table, and a failed response's). */
function statusRetry(status) {
    if (!RETRYABLE_STATUS.has(status))
        return { retryable: false, reason: undefined };
    return { retryable: true, reason: status === 429 ? 'the registry rate limit (429)' : `status ${status}` };
}
function deriveRetry(options, codes) {
    const { status } = options;
    if (status === undefined) {
        // No answer at all: a network failure is worth another try, a refusal we made ourselves (a bad realm) is not.
        if (options.cause === undefined)
            return { retryable: false, reason: undefined };
        const decision = policy_classify(options.cause);
        return { retryable: decision.retryable, reason: decision.reason };
    }
    const byStatus = statusRetry(status);
    if (byStatus.retryable)
        return byStatus;
    if (options.upload) {
        const code = codes.find((c) => UPLOAD_RETRY_CODES.includes(c.code));
        if (code)
            return { retryable: true, reason: `the registry refused the upload (${code.code})` };
    }
    return { retryable: false, reason: undefined };
}
/** Parse the distribution spec's `{"errors":[{code,message,detail}]}` body; tolerate anything else. */
function parseErrorBody(text) {
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json.errors)) {
            return json.errors
                .filter((e) => typeof e === 'object' && e !== null)
                .map((e) => ({
                code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
                message: typeof e['message'] === 'string' ? e['message'] : '',
                ...(e['detail'] !== undefined && e['detail'] !== null && { detail: e['detail'] }),
            }));
        }
        if (typeof json.message === 'string')
            return [{ code: 'UNKNOWN', message: json.message }];
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim().slice(0, 200);
    return trimmed === '' ? [] : [{ code: 'UNKNOWN', message: trimmed }];
}
/** One error entry for a message: `CODE: message (detail)`, the detail cut short when it is long. */
function describeCode(entry) {
    const base = `${entry.code}: ${entry.message}`;
    if (entry.detail === undefined)
        return base;
    const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
    if (detail === '' || detail === '{}' || detail === '[]')
        return base;
    return `${base} (${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail})`;
}
/** A sentence for a failed response: what happened, on which registry, and what the registry said. */
function describeStatus(status, registry, what, codes) {
    const said = codes.length > 0 ? ` (registry said: ${codes.map(describeCode).join('; ')})` : '';
    const ghcrHint = registry === 'ghcr.io'
        ? '; with GITHUB_TOKEN, the usual causes are a job without `permissions: packages: write` and a package not linked to this repository (package settings -> Manage Actions access)'
        : '';
    switch (status) {
        case 401:
            return `authentication failed for ${registry} while trying to ${what}; check the username and password or token${ghcrHint}${said}`;
        case 403:
            return `access denied by ${registry} while trying to ${what}; the credentials lack permission${ghcrHint}${said}`;
        case 404:
            return `${what}: not found on ${registry}${said}`;
        case 429:
            return `${registry} rate-limited the request to ${what} (429 Too Many Requests) and retries ran out${said}`;
        default:
            return `${registry} answered ${status} while trying to ${what}${said}`;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/token-cache.ts
// Bearer tokens per registry and scope set: one fetch at a time per key, refreshed before expiry.
/** Tokens per registry and scope set. Concurrent requests for the same key share one fetch. */
class TokenCache {
    #entries = new Map();
    #now;
    constructor(now = Date.now) {
        this.#now = now;
    }
    static key(registry, scopes) {
        return `${registry} ${[...new Set(scopes)].sort().join(' ')}`;
    }
    async get(key, fetch) {
        const existing = this.#entries.get(key);
        if (existing) {
            const entry = await existing.catch(() => undefined);
            // Refresh before expiry so a request does not start with a token that dies in flight: 10 s early, or at
            // half its life for short-lived tokens (which would otherwise never be reused).
            const margin = entry ? Math.min(10_000, (entry.expiresAt - entry.fetchedAt) / 2) : 0;
            if (entry && entry.expiresAt - margin > this.#now())
                return entry.token;
            if (this.#entries.get(key) !== existing)
                return this.get(key, fetch);
        }
        const fetchedAt = this.#now();
        const pending = fetch().then((token) => ({ ...token, fetchedAt }));
        this.#entries.set(key, pending);
        pending.catch(() => {
            if (this.#entries.get(key) === pending)
                this.#entries.delete(key);
        });
        return (await pending).token;
    }
    invalidate(key) {
        this.#entries.delete(key);
    }
}

;// CONCATENATED MODULE: ./src/store/registry/transport.ts



const MAX_REDIRECTS = 5;
/** One per process run: owns the connection pools. Agents are per trust setting, each pooling per origin. */
class Transport {
    logger;
    policy;
    /** undici, loaded on the first request: a run that fails on its inputs never pays for its package index. */
    #pools;
    #poolOptions;
    #ca;
    #insecureHosts;
    #userAgent;
    constructor(options) {
        this.logger = options.logger;
        this.policy =
            options.policy ??
                new RetryPolicy({
                    ...(options.retry && { settings: options.retry }),
                    ...(options.sleep && { sleep: options.sleep }),
                    onRetry: (event) => options.logger.info(describeRetry(event)),
                });
        this.#insecureHosts = options.insecureHosts ?? new Set();
        this.#userAgent = options.userAgent ?? 'hoist/1';
        this.#poolOptions = { keepAliveTimeout: 30_000, connections: 16, headersTimeout: 60_000, bodyTimeout: 120_000 };
        this.#ca = options.ca;
        // Start loading now, so reading the module overlaps with resolving credentials; failures surface on first use.
        this.#loadPools().catch(() => undefined);
    }
    /**
     * Ends the run's connections. Everything the run waits for has finished by now; what may still be in flight is a
     * probe nobody needs (the HTTPS attempt at a plain-HTTP port, which can take until its time-out), so connections
     * are destroyed rather than drained.
     */
    async close() {
        if (!this.#pools)
            return;
        const { verifying, unverified } = await this.#pools;
        await Promise.all([verifying.destroy(), unverified.destroy()]);
    }
    /** Send with retries of transient failures and manual redirects. The caller consumes or dumps the body. */
    async send(options) {
        const replayable = !(options.body !== undefined && typeof options.body === 'object' && !Buffer.isBuffer(options.body));
        const host = options.url.host;
        const operation = `${options.method} ${redactUrl(options.url)}`;
        const { attempts } = this.policy.settings;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.#sendFollowingRedirects(options);
            }
            catch (error) {
                if (!replayable || options.retryNetworkErrors === false || options.signal?.aborted)
                    throw error;
                const reason = describeNetworkError(error);
                const delay = this.policy.nextDelay(host, attempt, { ...policy_classify(error), reason }, attempts);
                if (delay === undefined)
                    throw error;
                await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
                continue;
            }
            const byStatus = statusRetry(response.status);
            if (!byStatus.retryable || !replayable)
                return response;
            const reason = byStatus.reason ?? `status ${response.status}`;
            const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
            const decision = { retryable: true, reason, ...(retryAfterMs !== undefined && { retryAfterMs }) };
            const delay = this.policy.nextDelay(host, attempt, decision, attempts);
            if (delay === undefined)
                return response;
            await response.body.dump().catch(() => undefined);
            await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
        }
    }
    #loadPools() {
        this.#pools ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4371, 19)).then(({ Agent, request }) => ({
            request,
            verifying: new Agent({ ...this.#poolOptions, connect: this.#ca ? { ca: this.#ca } : {} }),
            unverified: new Agent({ ...this.#poolOptions, connect: { rejectUnauthorized: false } }),
        }));
        return this.#pools;
    }
    async #sendFollowingRedirects(options) {
        const { request, verifying, unverified } = await this.#loadPools();
        let url = options.url;
        let method = options.method;
        let body = options.body;
        const originHost = options.url.host;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.#userAgent, ...options.headers };
            // Authorization belongs to the host that challenged for it: never forwarded to object storage.
            if (options.authorization !== undefined && url.host === originHost)
                headers['authorization'] = options.authorization;
            const dispatcher = this.#insecureHosts.has(url.host) ? unverified : verifying;
            const res = await request(url, {
                dispatcher,
                method: method,
                headers,
                body: body ?? null,
                ...(options.signal && { signal: options.signal }),
            });
            const location = res.headers['location'];
            if (![301, 302, 303, 307, 308].includes(res.statusCode) ||
                typeof location !== 'string' ||
                method === 'POST' ||
                method === 'PUT' ||
                method === 'PATCH') {
                return { status: res.statusCode, headers: res.headers, body: res.body, url };
            }
            await res.body.dump().catch(() => undefined);
            if (hop >= MAX_REDIRECTS)
                throw new Error(`too many redirects from ${redactUrl(options.url)}`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new Error(`refused a redirect from ${redactUrl(url)} to plain HTTP ${redactUrl(next)}`);
            }
            if (res.statusCode === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
}
/** A network failure worth another attempt (a reset, a time-out); never an abort. */
function isRetryableError(error) {
    return classify(error).retryable;
}
function describeNetworkError(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    // Only an HTTP-date (IMF-fixdate, RFC 850 or asctime, all of which name a weekday): Date.parse alone takes
    // almost anything, and "1.5" must not mean "retry now".
    if (!/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i.test(text.trim()))
        return undefined;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/store/registry/auth.ts





/** Scopes are `repository:<name>:<actions>`; the same repository's actions merge into one scope. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${[...new Set(actions)].sort().reverse().join(',')}`;
}
const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;
const DEFAULT_TOKEN_LIFETIME_S = 60; // the token spec's default when expires_in is absent
/** Thrown inside the re-authentication loop only: "the token was refused, a fresh one is ready". */
class TokenRefused extends Error {
}
const REAUTHENTICATE = { retryable: true, reason: 'the registry refused the token (401)', retryAfterMs: 0 };
/** Produces the Authorization header for one registry, given the challenge its /v2/ answered with. */
class Authenticator {
    #options;
    #challenge;
    #scopes = new Map();
    /** Responses to a streamed upload whose token was dropped: the caller may send fresh bytes once more. */
    #dropped = new WeakSet();
    /** Tokens fetched after a streamed upload's token was dropped; a refusal of one of these is not the token's age. */
    #replacements = new Set();
    #replacing = false;
    constructor(options) {
        this.#options = options;
    }
    get scheme() {
        return this.#challenge?.scheme;
    }
    setChallenge(challenges) {
        this.#challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        const set = this.#scopes.get(repository) ?? new Set();
        for (const action of actions)
            set.add(action);
        this.#scopes.set(repository, set);
    }
    scopes() {
        return [...this.#scopes].map(([repository, actions]) => repositoryScope(repository, [...actions]));
    }
    async authorization(scopes) {
        const challenge = this.#challenge;
        if (!challenge)
            return undefined;
        const creds = this.#options.credentials;
        if (challenge.scheme === 'basic') {
            if (!creds?.username || creds.password === undefined)
                return undefined;
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = TokenCache.key(this.#options.registry, scopes);
        const token = await this.#options.tokens.get(key, () => this.#fetchToken(challenge, scopes));
        return `Bearer ${token}`;
    }
    invalidate(scopes) {
        this.#options.tokens.invalidate(TokenCache.key(this.#options.registry, scopes));
    }
    /**
     * Send with authorization (only to `ownHost`, never to an upload URL elsewhere). A 401 to a request whose body
     * can be sent again is answered here: the challenge's scopes are added, a fresh token fetched, the request sent
     * once more. A streamed body cannot be sent twice: its token is dropped and `tokenDropped(response)` tells the
     * caller that fresh bytes may be sent once more.
     */
    async send(options, ownHost) {
        const isOwnHost = options.url.host === ownHost;
        const replayable = options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body);
        const operation = `${options.method} ${redactUrl(options.url)}`;
        return this.#options.policy.run(options.url.host, operation, async (attempt) => {
            const scopes = this.scopes();
            const authorization = isOwnHost ? await this.authorization(scopes) : undefined;
            const response = await this.#options.transport.send({ ...options, ...(authorization && { authorization }) });
            if (response.status !== 401 || !isOwnHost)
                return response;
            if (!replayable) {
                this.#refusedStream(response, scopes, authorization);
                return response;
            }
            if (attempt > 1)
                return response;
            const challengeText = header(response.headers, 'www-authenticate');
            await response.body.dump().catch(() => undefined);
            if (challengeText) {
                const challenges = parseChallenges(challengeText);
                this.setChallenge(challenges);
                for (const { repository, actions } of challengedScopes(challenges))
                    this.requireScope(repository, ...actions);
            }
            this.invalidate(scopes);
            throw new TokenRefused();
        }, { attempts: 2, classify: (error) => (error instanceof TokenRefused ? REAUTHENTICATE : { retryable: false, reason: '' }) });
    }
    /** Whether `response` (a 401 to a streamed upload) dropped a token that had merely expired: send once more. */
    tokenDropped(response) {
        return this.#dropped.has(response);
    }
    #refusedStream(response, scopes, authorization) {
        // Only a bearer token can expire; one fetched to replace a dropped one was refused for another reason.
        if (this.#challenge?.scheme !== 'bearer' || authorization === undefined || this.#replacements.has(authorization))
            return;
        this.invalidate(scopes);
        this.#replacing = true;
        this.#dropped.add(response);
    }
    /** The token GET of the Docker token spec, with Basic credentials when we have a username and password. */
    #getToken(realm, service, scopes) {
        const { credentials, transport } = this.#options;
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const authorization = credentials?.username && credentials.password !== undefined
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        if (authorization === undefined)
            url.searchParams.set('client_id', 'hoist');
        return transport.send({ method: 'GET', url, ...(authorization && { authorization }) });
    }
    async #fetchToken(challenge, scopes) {
        const replacing = this.#replacing;
        this.#replacing = false;
        const fetched = await this.#requestToken(challenge, scopes);
        if (replacing)
            this.#replacements.add(`Bearer ${fetched.token}`);
        return fetched;
    }
    async #requestToken(challenge, scopes) {
        const { registry, transport, credentials, logger } = this.#options;
        const realmText = challenge.params['realm'];
        if (!realmText) {
            throw new RegistryError({
                message: `${registry} asked for a bearer token but named no realm to get it from`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        let realm;
        try {
            realm = new URL(realmText);
        }
        catch {
            throw new RegistryError({
                message: `${registry} named a token realm that is not a URL`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.#options.allowHttpRealm(realm.host))) {
            throw new RegistryError({
                message: `${registry} sent its token realm over plain HTTP (${redactUrl(realm)}); refusing to send credentials there. Add the realm host to insecure-registries if that is intended`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
            });
        }
        const service = challenge.params['service'];
        const started = Date.now();
        let response;
        if (credentials?.identityToken) {
            // OAuth2 refresh-token grant: the refresh token only ever goes to the auth server, in a POST body.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'hoist' });
            if (service)
                form.set('service', service);
            form.set('scope', scopes.join(' '));
            response = await transport.send({
                method: 'POST',
                url: realm,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
            if (response.status === 404 || response.status === 405) {
                // Auth servers without the OAuth2 endpoint: fall back to the token GET, as Docker does.
                await response.body.dump().catch(() => undefined);
                logger.debug(`The token server for ${registry} has no OAuth2 endpoint (${response.status}); using the token GET.`);
                response = await this.#getToken(realm, service, scopes);
            }
        }
        else {
            response = await this.#getToken(realm, service, scopes);
        }
        const text = await readLimited(response.body, MAX_TOKEN_RESPONSE_BYTES);
        if (text === undefined) {
            throw new RegistryError({
                message: `the token server for ${registry} sent a response over ${MAX_TOKEN_RESPONSE_BYTES / 1024} KiB; refusing it`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status === 401 || response.status === 403) {
            const who = credentials
                ? `the credentials from ${credentials.source}${credentials.username ? ` (user "${credentials.username}")` : ''}`
                : 'anonymous access';
            throw new RegistryError({
                message: `authentication failed for ${registry}: its token server (${realm.host}) rejected ${who}; check the username and password or token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status !== 200) {
            throw new RegistryError({
                message: `the token server for ${registry} (${realm.host}) answered ${response.status}`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new RegistryError({
                message: `the token server for ${registry} did not answer with JSON`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        const token = typeof json['token'] === 'string' && json['token'] !== '' ? json['token'] : json['access_token'];
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError({
                message: `the token server for ${registry} answered without a token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        this.#options.secret(token);
        if (typeof json['refresh_token'] === 'string')
            this.#options.secret(json['refresh_token']);
        const lifetime = typeof json['expires_in'] === 'number' && json['expires_in'] > 0 ? json['expires_in'] : DEFAULT_TOKEN_LIFETIME_S;
        logger.debug(`Fetched a token for ${registry} (${scopes.join(' ')}), valid ${lifetime} s.`);
        return { token, expiresAt: started + lifetime * 1000 };
    }
}

;// CONCATENATED MODULE: ./src/store/registry/uploads.ts




/** Chunk size for PATCH uploads: big enough to keep round trips few, small enough to hold in memory. */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** Tries of one chunk, the first included, before the upload fails (each resumes from what arrived). */
const CHUNK_ATTEMPTS = 4;
function sessionFrom(response, requestUrl) {
    const min = Number(header(response.headers, 'oci-chunk-min-length'));
    return { url: locationOr(response, requestUrl), minChunkSize: Number.isSafeInteger(min) && min > 0 ? min : undefined };
}
function locationOr(response, base) {
    const location = header(response.headers, 'location');
    return location ? new URL(location, base) : base;
}
class BlobUploads {
    #api;
    /** Set once the registry refused a monolithic upload (413): later blobs go up in chunks straight away. */
    #chunked = false;
    constructor(api) {
        this.#api = api;
    }
    get chunked() {
        return this.#chunked;
    }
    /** Open an upload session; Location may be relative and carry query parameters, which are kept. */
    async start(repository) {
        const url = await this.#api.url(`${repository}/blobs/uploads/`);
        const what = `start a blob upload in ${repository}`;
        const response = await this.#api.send('POST', url, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status !== 202 || !header(response.headers, 'location'))
            return this.#api.fail(response, 'POST', url, what, { operation: 'start a blob upload', upload: true });
        await response.body.dump().catch(() => undefined);
        return sessionFrom(response, url);
    }
    /**
     * Upload a whole blob from a stream: one PUT, or PATCH chunks when this registry wants them. A 413 to the single
     * PUT throws an error that says to try again (with fresh bytes): the next attempt goes up in chunks.
     */
    async upload(session, digest, size, body, repository) {
        if (this.#chunked)
            return this.#putChunked(session, digest, size, body, repository);
        const url = new URL(session.url);
        url.searchParams.set('digest', digest);
        const what = `upload blob ${digest} to ${repository}`;
        const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size) };
        const response = await this.#api.send('PUT', url, what, headers, body);
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        if (response.status === 413) {
            this.#chunked = true;
            this.#api.logger.info(`${this.#api.registry} refused a ${size}-byte upload in one request (413); sending blobs in chunks from now on.`);
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                message: `${this.#api.registry} refused a ${size}-byte upload of blob ${digest} to ${repository} in one request (413)`,
                registry: this.#api.registry,
                method: 'PUT',
                url,
                status: 413,
                operation: 'upload blob',
                object: digest,
                retryable: true,
                retryReason: 'the registry wants chunked uploads',
            });
        }
        return this.#api.fail(response, 'PUT', url, what, { operation: 'upload blob', object: digest, upload: true });
    }
    async #putChunked(session, digest, size, body, repository) {
        const api = this.#api;
        const what = `upload blob ${digest} to ${repository} in chunks`;
        const context = { operation: 'upload blob', object: digest, upload: true };
        const chunkSize = Math.max(session.minChunkSize ?? 0, DEFAULT_CHUNK_SIZE);
        let url = session.url;
        let offset = 0;
        for await (const chunk of rechunk(body, chunkSize)) {
            let pending = chunk;
            let start = offset;
            for (let attempt = 1; pending.length > 0; attempt++) {
                const end = start + pending.length - 1;
                // Undefined when the connection broke: never replayed blindly, as part of the chunk may have landed.
                let response;
                let decision;
                try {
                    response = await api.send('PATCH', url, what, { 'content-type': 'application/octet-stream', 'content-length': String(pending.length), 'content-range': `${start}-${end}` }, pending, { retryNetworkErrors: false });
                }
                catch (error) {
                    if (!(error instanceof RegistryError) || error.status !== undefined)
                        throw error;
                    decision = policy_classify(error);
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        throw error;
                    await this.#resumeAfter(delay, url, attempt, `the connection broke while sending bytes ${start}-${end} of ${digest}`);
                }
                if (response) {
                    if (response.status === 202 || response.status === 204) {
                        await response.body.dump().catch(() => undefined);
                        url = locationOr(response, url);
                        break;
                    }
                    decision = { retryable: response.status === 416, reason: `${api.registry} expected another offset (416)` };
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        return api.fail(response, 'PATCH', url, what, context);
                    await response.body.dump().catch(() => undefined);
                    await this.#resumeAfter(delay, url, attempt, decision.reason);
                }
                // 416 or a broken connection: the registry holds a different amount than we assumed; ask it, resend from there.
                const received = await this.#uploadOffset(url, what);
                if (received < offset || received > end + 1) {
                    throw new RegistryError({
                        message: `${api.registry} reports ${received} bytes of ${digest} received, outside the chunk being sent; cannot resume`,
                        registry: api.registry,
                        method: 'PATCH',
                        url,
                        status: 416,
                        ...context,
                        // A fresh upload session starts from nothing, so the blob as a whole is worth another try.
                        retryable: true,
                        retryReason: 'the registry lost track of the upload',
                    });
                }
                pending = chunk.subarray(received - offset);
                start = received;
            }
            offset += chunk.length;
        }
        if (offset !== size) {
            throw new RegistryError({
                message: `${what}: the source gave ${offset} bytes, expected ${size}`,
                registry: api.registry,
                method: 'PATCH',
                url,
                ...context,
                // The source was short: another read of it may not be.
                retryable: true,
                retryReason: `the source gave ${offset} of ${size} bytes`,
            });
        }
        const done = new URL(url);
        done.searchParams.set('digest', digest);
        const response = await api.send('PUT', done, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        return api.fail(response, 'PUT', done, what, context);
    }
    /** Tell the policy's listener, wait, and go on to ask the registry what it holds. */
    async #resumeAfter(delayMs, url, attempt, reason) {
        await this.#api.policy.wait({
            host: url.host,
            operation: `PATCH ${redactUrl(url)}`,
            attempt: attempt + 1,
            attempts: CHUNK_ATTEMPTS,
            delayMs,
            reason: `${reason}; resuming from what the registry holds`,
        });
    }
    /** How many bytes of an upload the registry holds (`Range: 0-N` means N+1). */
    async #uploadOffset(url, what) {
        const response = await this.#api.send('GET', url, what);
        if (response.status !== 204 && response.status !== 200)
            return this.#api.fail(response, 'GET', url, what, { operation: 'upload blob', upload: true });
        await response.body.dump().catch(() => undefined);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
        return range ? Number(range[1]) + 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/blobs.ts





/** Does the repository hold this blob? */
async function hasBlob(api, repository, digest) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `check blob ${digest} in ${repository}`;
    const response = await api.send('HEAD', url, what);
    await response.body.dump().catch(() => undefined);
    if (response.status === 200)
        return true;
    if (response.status === 404)
        return false;
    return api.fail(response, 'HEAD', url, what, { operation: 'check blob', object: digest });
}
/**
 * Cross-repository mount. 201 means the blob is now linked; 202 means the registry started an ordinary upload
 * instead (ECR, or the blob is not in `from`), whose URL we hand back so the upload needs no second POST.
 */
async function mountBlob(api, repository, digest, from) {
    const url = await api.url(`${repository}/blobs/uploads/`);
    url.searchParams.set('mount', digest);
    url.searchParams.set('from', from);
    const response = await api.send('POST', url, `mount blob ${digest} into ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
    await response.body.dump().catch(() => undefined);
    if (response.status === 201)
        return { mounted: true };
    const location = header(response.headers, 'location');
    if (response.status === 202 && location) {
        return { mounted: false, session: sessionFrom(response, url), reason: 'the registry started an upload instead' };
    }
    return { mounted: false, reason: `the mount was answered ${response.status}` };
}
/** Stream a blob, verified: the returned stream errors if size or digest differ, so nothing unverified is trusted. */
async function getBlob(api, repository, digest, size, onBytes) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `read blob ${digest} from ${repository}`;
    const response = await api.send('GET', url, what);
    if (response.status !== 200)
        return api.fail(response, 'GET', url, what, { operation: 'read blob', object: digest });
    const verifier = new VerifyingStream(digest, size, `blob ${digest} from ${api.registry}/${repository}`, onBytes);
    response.body.on('error', (error) => verifier.destroy(new RegistryError({
        message: `the download of blob ${digest} from ${api.registry}/${repository} broke off: ${describeNetworkError(error)}`,
        registry: api.registry,
        method: 'GET',
        url,
        cause: error,
        operation: 'read blob',
        object: digest,
        // Whatever ended it (a reset, a time-out, a proxy), a fresh GET starts over from a clean state.
        retryable: true,
        retryReason: `the download broke off: ${describeNetworkError(error)}`,
    })));
    verifier.on('close', () => {
        if (!response.body.readableEnded)
            discard(response.body);
    });
    return response.body.pipe(verifier);
}

;// CONCATENATED MODULE: ./src/store/registry/probe.ts
// The first request to a registry: GET /v2/, over HTTPS, or over plain HTTP where that is allowed and the port does
// not speak TLS. Its answer gives the API base URL and the authentication challenge for every later request.




async function probe(options) {
    const { registry, transport, allowHttp } = options;
    const host = apiHost(registry);
    const secure = new URL(`https://${host}/v2/`);
    if (!allowHttp) {
        let response;
        try {
            response = await transport.send({ method: 'GET', url: secure });
        }
        catch (error) {
            throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', error);
        }
        return useProbe(registry, response, secure);
    }
    // HTTPS is preferred, but a plain-HTTP registry should not cost a failed TLS round trip first: ask both at once.
    // The plain request goes first: setting up TLS costs a few milliseconds of CPU that it need not wait for.
    const plain = new URL(`http://${host}/v2/`);
    const overHttp = settle(transport.send({ method: 'GET', url: plain }));
    const overTls = settle(transport.send({ method: 'GET', url: secure }));
    // A registry's answer over plain HTTP (200, or 401 with a challenge) proves the port speaks plain HTTP, so the
    // TLS attempt can only fail: no need to wait for it. Anything else (a TLS server answers plain HTTP with 400)
    // waits for TLS.
    const first = await Promise.race([
        overHttp.then((r) => ({ over: 'http', r })),
        overTls.then((r) => ({ over: 'tls', r })),
    ]);
    if (first.over === 'http' && 'value' in first.r && (first.r.value.status === 200 || first.r.value.status === 401)) {
        discardWhenSettled(overTls);
        return useProbe(registry, first.r.value, plain);
    }
    const tls = await overTls;
    if ('value' in tls) {
        discardWhenSettled(overHttp);
        return useProbe(registry, tls.value, secure);
    }
    if (isTlsMismatch(tls.error)) {
        const http = await overHttp;
        if (!('value' in http))
            throw connectionError(registry, allowHttp, 'GET', plain, 'reach the registry over HTTP', http.error);
        return useProbe(registry, http.value, plain);
    }
    discardWhenSettled(overHttp);
    throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', tls.error);
}
/** Takes the challenge from the `/v2/` answer. */
async function useProbe(registry, response, base) {
    await response.body.dump().catch(() => undefined);
    if (response.status === 401) {
        const challenge = header(response.headers, 'www-authenticate');
        return { base, challenges: challenge ? parseChallenges(challenge) : [] };
    }
    if (response.status !== 200) {
        throw new RegistryError({
            message: `${registry} does not look like a container registry: GET /v2/ answered ${response.status}`,
            registry,
            method: 'GET',
            url: base,
            status: response.status,
            operation: 'probe the registry',
            // The answer was not a registry's; asking again will not make it one.
            retryable: false,
        });
    }
    return { base, challenges: [] };
}
/** A request that got no answer, with a hint where the cause is a TLS setting the user can change. */
function connectionError(registry, allowHttp, method, url, what, error) {
    let hint = '';
    if (isCertificateError(error)) {
        hint = `; if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate, or list ${registry} in insecure-registries`;
    }
    else if (isTlsMismatch(error) && !allowHttp) {
        hint = `; if ${registry} speaks plain HTTP, list it in insecure-registries`;
    }
    return new RegistryError({
        message: `could not ${what} at ${registry}: ${describeNetworkError(error)}${hint}`,
        registry,
        method,
        url,
        cause: error,
        operation: what,
    });
}
function errorText(error) {
    let text = '';
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        text += ` ${current.code ?? ''} ${current.message ?? ''}`;
        current = current.cause;
    }
    return text;
}
/** The server answered a TLS hello with something that is not TLS: it speaks plain HTTP. */
function isTlsMismatch(error) {
    return /wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i.test(errorText(error));
}
function isCertificateError(error) {
    return /CERT|self[- ]signed|unable to verify|UNABLE_TO_GET_ISSUER/i.test(errorText(error));
}
/** The probe nobody waits for: read its body away when it answers, so its connection goes back to the pool. */
function discardWhenSettled(probe) {
    void probe.then((other) => ('value' in other ? other.value.body.dump().catch(() => undefined) : undefined));
}
function settle(promise) {
    return promise.then((value) => ({ value }), (error) => ({ error }));
}

;// CONCATENATED MODULE: ./src/store/registry/manifests.ts
// Manifests over the distribution API: HEAD (digest and type, no bytes), GET verified against its digest, PUT of the
// exact bytes. Schema 1 is recognised by its media type before any digest check: registries re-sign it on every
// GET, so its digest never matches and "digest mismatch" would be the wrong thing to tell a user.









const MAX_ERROR_BODY = 64 * 1024;
/** Tries of a manifest PUT that names blobs the registry does not see yet (eventual consistency), the first included. */
const BLOB_UNKNOWN_ATTEMPTS = 4;
const NOT_RETRIED = { retryable: false, reason: '' };
/** `repo:tag` or `repo@digest`. */
function named(repository, reference) {
    return `${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
}
/** HEAD a manifest: digest and media type without the bytes (not counted as a pull by Docker Hub). Undefined on 404. */
async function headManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `read ${named(repository, reference)}`;
    const response = await api.send('HEAD', url, what, { accept: MANIFEST_ACCEPT });
    await response.body.dump().catch(() => undefined);
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        await api.fail(response, 'HEAD', url, what, { operation: 'read manifest', object: reference });
    const digest = header(response.headers, 'docker-content-digest');
    const length = header(response.headers, 'content-length');
    return {
        digest: digest && isDigest(digest) ? digest : undefined,
        mediaType: baseMediaType(header(response.headers, 'content-type')),
        size: length === undefined ? undefined : Number(length),
    };
}
/** GET a manifest and verify its bytes: against the digest asked for, else the digest the registry claims. */
async function getManifest(api, repository, reference) {
    return (await getVersionedManifest(api, repository, reference)).manifest;
}
/** As getManifest, with the ETag a conditional PUT can name (If-Match), when the registry sends one. */
async function getVersionedManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const name = named(repository, reference);
    const what = `read ${name}`;
    const fields = { registry: api.registry, method: 'GET', url, operation: 'read manifest', object: reference };
    // Only a body that broke off mid-way is tried again here; statuses were already retried by the transport.
    let broken;
    return api.policy.run(url.host, `GET ${redactUrl(url)}`, async () => {
        const response = await api.send('GET', url, what, { accept: MANIFEST_ACCEPT });
        if (response.status === 404) {
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                ...fields,
                message: `${name} was not found on ${api.registry}`,
                status: 404,
                codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
            });
        }
        if (response.status !== 200)
            await api.fail(response, 'GET', url, what, { operation: 'read manifest', object: reference });
        const tooLarge = (size) => new RegistryError({
            ...fields,
            message: `${what}: the manifest is ${size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`,
            status: 200,
        });
        const claimed = header(response.headers, 'content-length');
        if (claimed !== undefined && Number(claimed) > MAX_MANIFEST_BYTES) {
            discard(response.body);
            throw tooLarge(claimed);
        }
        let bytes;
        try {
            bytes = await readManifestBody(response.body, () => tooLarge('more than that'));
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            broken = connectionError(api.registry, true, 'GET', url, what, error);
            throw broken;
        }
        const contentType = header(response.headers, 'content-type');
        const schema1 = schema1Type(contentType, bytes);
        if (schema1 !== undefined) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest is Docker schema 1 (${schema1}), which is deprecated and unsupported; hoist copies only OCI and Docker schema 2 images. Rebuild or re-push the image with a current client`,
                status: 200,
                codes: [{ code: 'MANIFEST_INVALID', message: 'Docker schema 1 manifest' }],
            });
        }
        const expected = isDigest(reference) ? reference : header(response.headers, 'docker-content-digest');
        const actual = digestOf(bytes, expected && isDigest(expected) ? expected : 'sha256:');
        if (expected !== undefined && isDigest(expected) && actual !== expected) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest bytes hash to ${actual}, not ${expected}; refusing to trust them`,
                status: 200,
                codes: [{ code: 'DIGEST_INVALID', message: 'manifest digest mismatch' }],
            });
        }
        return { manifest: parseManifest(bytes, contentType, actual), etag: header(response.headers, 'etag') };
    }, {
        classify: (error) => {
            if (error !== broken)
                return NOT_RETRIED;
            const decision = policy_classify(error);
            return { ...decision, reason: `the manifest body broke off: ${error.message}` };
        },
    });
}
/** The schema 1 media type a response declares, or that its bytes have (`schemaVersion: 1` under a generic type). */
function schema1Type(contentType, bytes) {
    const type = baseMediaType(contentType);
    if (type === DOCKER_SCHEMA1 || type === DOCKER_SCHEMA1_SIGNED)
        return type;
    if (type !== '' && type !== 'application/json' && type !== 'text/plain' && type !== 'application/octet-stream')
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return json?.schemaVersion === 1 ? `schemaVersion 1 served as ${type === '' ? 'no content type' : type}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** PUT the exact manifest bytes under a tag or digest. */
async function putManifest(api, repository, reference, manifest, conditions = {}) {
    const { ifMatch, ifNoneMatch } = conditions;
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `push the manifest ${named(repository, reference)}`;
    const fields = { registry: api.registry, method: 'PUT', url, operation: 'push manifest', object: reference };
    // MANIFEST_BLOB_UNKNOWN right after the blobs went up is eventual consistency in some registries: retry briefly.
    const blobsNotSeen = (error) => error instanceof RegistryError && (error.hasCode('MANIFEST_BLOB_UNKNOWN') || error.hasCode('BLOB_UNKNOWN'));
    return api.policy.run(url.host, `PUT ${redactUrl(url)}`, async () => {
        const headers = {
            'content-type': manifest.mediaType,
            ...(ifMatch !== undefined && { 'if-match': ifMatch }),
            ...(ifNoneMatch !== undefined && { 'if-none-match': ifNoneMatch }),
        };
        const response = await api.send('PUT', url, what, headers, manifest.bytes);
        if (response.status === 412 && (ifMatch !== undefined || ifNoneMatch !== undefined)) {
            await response.body.dump().catch(() => undefined);
            throw new PreconditionFailedError(reference, `${api.registry}/${repository}`);
        }
        if (response.status === 201 || response.status === 200 || response.status === 202) {
            await response.body.dump().catch(() => undefined);
            const stored = header(response.headers, 'docker-content-digest');
            if (stored && isDigest(stored) && stored !== manifest.digest) {
                throw new RegistryError({
                    ...fields,
                    message: `${api.registry} stored ${what} under ${stored} instead of ${manifest.digest}; it rewrote the manifest`,
                    status: response.status,
                });
            }
            return { digest: manifest.digest, subjectIndexed: header(response.headers, 'oci-subject') !== undefined };
        }
        const text = (await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '';
        const codes = parseErrorBody(text);
        let message = describeStatus(response.status, api.registry, what, codes);
        if ((response.status === 400 || response.status === 415) &&
            codes.some((c) => c.code === 'MANIFEST_INVALID' || c.code === 'UNSUPPORTED')) {
            message += `; the registry may not accept the media type ${manifest.mediaType} (hoist never converts manifests, as that would change the digest)`;
        }
        throw new RegistryError({ ...fields, message, status: response.status, codes });
    }, {
        attempts: BLOB_UNKNOWN_ATTEMPTS,
        classify: (error) => blobsNotSeen(error)
            ? { retryable: true, reason: `${api.registry} does not see the blobs just pushed yet (MANIFEST_BLOB_UNKNOWN)` }
            : NOT_RETRIED,
    });
}
/**
 * DELETE a manifest by digest: the registry removes it and every tag pointing at it. False when it was not there.
 * Distribution answers 405 UNSUPPORTED unless `storage.delete.enabled` is set.
 */
async function deleteManifest(api, repository, digest) {
    const url = await api.url(`${repository}/manifests/${digest}`);
    const what = `delete ${named(repository, digest)}`;
    const response = await api.send('DELETE', url, what);
    if (response.status === 404) {
        await response.body.dump().catch(() => undefined);
        return false;
    }
    if (response.status === 202 || response.status === 200 || response.status === 204) {
        await response.body.dump().catch(() => undefined);
        return true;
    }
    if (response.status === 405) {
        await response.body.dump().catch(() => undefined);
        throw new RegistryError({
            registry: api.registry,
            method: 'DELETE',
            url,
            status: 405,
            operation: 'delete manifest',
            object: digest,
            message: `${api.registry} does not allow deleting manifests (405) while trying to ${what}; deletes must be enabled on the registry (distribution: storage.delete.enabled)`,
        });
    }
    return api.fail(response, 'DELETE', url, what, { operation: 'delete manifest', object: digest });
}

;// CONCATENATED MODULE: ./src/store/registry/referrers.ts
// The OCI 1.1 referrers API: `GET /v2/<name>/referrers/<digest>`, an index of the manifests whose subject is the
// digest, in pages linked by `Link`. A registry without the API answers 404 (distribution 2.8 does); the caller then
// reads the fallback tag instead, so any answer but 200 means "not offered here", never a failed copy.





const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A subject with more referrers than this many pages is abuse, not provenance. */
const MAX_PAGES = 50;
async function listReferrers(api, repository, digest) {
    let url = await api.url(`${repository}/referrers/${digest}`);
    const what = `list the referrers of ${digest} in ${repository}`;
    const found = [];
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await api.send('GET', url, what, { accept: OCI_INDEX });
        if (response.status !== 200) {
            await response.body.dump().catch(() => undefined);
            if (page === 0)
                return undefined;
            return api.fail(response, 'GET', url, what, { operation: 'read manifest', object: digest });
        }
        const bytes = Buffer.from((await readLimited(response.body, MAX_PAGE_BYTES)) ?? '');
        // Not content-addressed: parsed for its descriptors (each one still verified when its manifest is read).
        found.push(...parseManifest(bytes, OCI_INDEX, digestOf(bytes)).manifests);
        const link = header(response.headers, 'link');
        const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        url = next ? new URL(next, url) : undefined;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/store/registry/rate-limit.ts
// Docker Hub's pull allowance, from its `ratelimit-limit` / `ratelimit-remaining` headers (`100;w=21600`).
function first(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The allowance a response reports, or undefined when it reports none (every registry but Docker Hub). */
function parseRateLimit(headers) {
    const remaining = first(headers, 'ratelimit-remaining');
    const limit = first(headers, 'ratelimit-limit');
    if (remaining === undefined || limit === undefined)
        return undefined;
    // Format: `100;w=21600` (count; window in seconds).
    const [limitMatch, remainingMatch] = [limit, remaining].map((v) => /^(\d+)(?:;w=(\d+))?/.exec(v.trim()));
    if (!limitMatch || !remainingMatch)
        return undefined;
    return {
        limit: Number(limitMatch[1]),
        remaining: Number(remainingMatch[1]),
        windowSeconds: limitMatch[2] === undefined ? undefined : Number(limitMatch[2]),
    };
}

;// CONCATENATED MODULE: ./src/store/registry/registry-store.ts



class RegistryStore {
    /** `registry/repository`. */
    name;
    /** The registry: stores of one registry can mount from each other. */
    location;
    registry;
    repository;
    #client;
    /** Upload sessions opened by a mount the registry answered with 202, by digest: the upload of that digest uses it. */
    #sessions = new Map();
    constructor(client, repository) {
        this.#client = client;
        this.registry = client.registry;
        this.repository = repository;
        this.location = client.registry;
        this.name = `${client.registry}/${repository}`;
    }
    async resolve(reference, options = {}) {
        // One GET answers both "which digest?" and "what bytes?" in the round trip a HEAD would take; manifests are small.
        // Docker Hub counts a manifest GET as a pull against the rate limit, and a HEAD not.
        if (options.wantBytes && this.registry !== DOCKER_HUB)
            return this.#resolveByGet(reference);
        const head = await this.#client.headManifest(this.repository, reference);
        if (!head)
            return undefined;
        const digest = head.digest ?? (isDigest(reference) ? reference : undefined);
        // No Docker-Content-Digest on HEAD (ECR, some mirrors): the bytes decide.
        if (digest === undefined)
            return this.#resolveByGet(reference);
        return { digest, mediaType: head.mediaType, size: head.size };
    }
    async #resolveByGet(reference) {
        let answer;
        try {
            answer = await this.#client.getVersionedManifest(this.repository, reference);
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 404)
                return undefined;
            throw error;
        }
        const { manifest, etag } = answer;
        return {
            digest: manifest.digest,
            mediaType: manifest.mediaType,
            size: manifest.bytes.length,
            manifest,
            ...(etag !== undefined && { etag }),
        };
    }
    getManifest(reference) {
        return this.#client.getManifest(this.repository, reference);
    }
    async putManifest(reference, manifest, options = {}) {
        return this.#client.storeManifest(this.repository, reference, manifest, options);
    }
    referrers(digest) {
        return this.#client.referrers(this.repository, digest);
    }
    hasBlob(descriptor) {
        return this.#client.hasBlob(this.repository, descriptor.digest);
    }
    readBlob(descriptor, onBytes) {
        return this.#client.getBlob(this.repository, descriptor.digest, descriptor.size, onBytes);
    }
    async writeBlob(descriptor, body) {
        // A session is used once: a retry of this blob (fresh bytes) opens a fresh one.
        const session = this.#sessions.get(descriptor.digest) ?? (await this.#client.startUpload(this.repository));
        this.#sessions.delete(descriptor.digest);
        await this.#client.uploadBlob(session, descriptor.digest, descriptor.size, body, this.repository);
    }
    async mountBlob(descriptor, from) {
        if (!(from instanceof RegistryStore) || from.location !== this.location) {
            return { mounted: false, reason: `${from.name} is not in ${this.location}, so its blobs cannot be mounted here` };
        }
        const result = await this.#client.mountBlob(this.repository, descriptor.digest, from.repository);
        if (result.mounted)
            return { mounted: true };
        if (result.session)
            this.#sessions.set(descriptor.digest, result.session);
        return { mounted: false, reason: result.reason };
    }
    listTags(options = {}) {
        return options.limit === undefined ? this.#client.listTags(this.repository) : this.#client.listTags(this.repository, options.limit, 1);
    }
    /** HEAD the tag for its digest, then DELETE that digest: every other tag of the digest goes with it (see Store). */
    async deleteTag(tag) {
        const head = await this.#client.headManifest(this.repository, tag);
        if (!head)
            return undefined;
        const digest = head.digest ?? (await this.#client.getManifest(this.repository, tag)).digest;
        return (await this.#client.deleteManifest(this.repository, digest)) ? { digest } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/client.ts











const client_MAX_ERROR_BODY = 64 * 1024;
class RegistryClient {
    registry;
    #options;
    #auth;
    #api;
    #uploads;
    #stores = new Map();
    #base;
    #rateLimit;
    constructor(options) {
        this.registry = options.registry;
        this.#options = options;
        const policy = options.policy ?? options.transport.policy;
        this.#auth = new Authenticator({
            registry: options.registry,
            credentials: options.credentials,
            transport: options.transport,
            tokens: options.tokens,
            secret: options.secret,
            logger: options.logger,
            allowHttpRealm: () => options.allowHttp,
            policy,
        });
        this.#api = {
            registry: options.registry,
            policy,
            logger: options.logger,
            url: async (path) => new URL(path, await this.baseUrl()),
            send: (method, url, what, headers, body, sendOptions) => this.#send(method, url, what, headers, body, sendOptions),
            fail: (response, method, url, what, context) => this.#fail(response, method, url, what, context),
        };
        this.#uploads = new BlobUploads(this.#api);
    }
    /** The last pull allowance the registry reported (Docker Hub), if any. */
    get rateLimit() {
        return this.#rateLimit;
    }
    /**
     * Whether a 413 switched this client to chunked uploads. Only for the copy engine of v1, which decides retries
     * itself; the 413 error now says it is worth another try (retryReason 'the registry wants chunked uploads').
     */
    get usesChunkedUploads() {
        return this.#uploads.chunked;
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        this.#auth.requireScope(repository, ...actions);
    }
    /** The Store for one repository here; declares its scope (`pull`, or `pull,push`), so call it before any request. */
    repository(name, access) {
        this.requireScope(name, ...(access === 'push' ? ['pull', 'push'] : ['pull']));
        let store = this.#stores.get(name);
        if (!store) {
            store = new RegistryStore(this, name);
            this.#stores.set(name, store);
        }
        return store;
    }
    /** The API base URL, found once: HTTPS, or plain HTTP where allowed and the server does not speak TLS. */
    baseUrl() {
        this.#base ??= probe({ registry: this.registry, transport: this.#options.transport, allowHttp: this.#options.allowHttp }).then(({ base, challenges }) => {
            if (challenges.length > 0)
                this.#auth.setChallenge(challenges);
            return base;
        });
        return this.#base;
    }
    async #send(method, url, what, headers = {}, body, options = {}) {
        const base = await this.baseUrl();
        let response;
        try {
            response = await this.#auth.send({ method, url, headers, body, ...options }, base.host);
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            throw connectionError(this.registry, this.#options.allowHttp, method, url, what, error);
        }
        this.#rateLimit = parseRateLimit(response.headers) ?? this.#rateLimit;
        return response;
    }
    /** Turn a failed response into a RegistryError whose message says what we were doing and what the registry said. */
    async #fail(response, method, url, what, context = {}) {
        const text = method === 'HEAD' ? '' : ((await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '');
        const codes = parseErrorBody(text);
        const message = response.status === 401 && this.#options.credentials === undefined
            ? `${this.registry} requires authentication to ${what}, and no credentials were found for it; pass username and password (or credentials), or log in so Docker's config.json has them`
            : describeStatus(response.status, this.registry, what, codes);
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        const dropped = response.status === 401 && this.#auth.tokenDropped(response);
        throw new RegistryError({
            message,
            registry: this.registry,
            method,
            url,
            status: response.status,
            codes,
            ...context,
            ...(retryAfterMs !== undefined && { retryAfterMs }),
            // The token expired while bytes were streaming; it was dropped, so fresh bytes get a fresh token.
            ...(dropped && { retryable: true, retryReason: 'the token expired during a streamed upload (401)' }),
        });
    }
    headManifest(repository, reference) {
        return headManifest(this.#api, repository, reference);
    }
    getManifest(repository, reference) {
        return getManifest(this.#api, repository, reference);
    }
    /** PUT the exact manifest bytes under a tag or digest; returns the digest the registry stored them under. */
    async putManifest(repository, reference, manifest) {
        return (await putManifest(this.#api, repository, reference, manifest)).digest;
    }
    /** As putManifest, with what else the registry said (whether it indexed the subject); `ifMatch` makes it conditional. */
    storeManifest(repository, reference, manifest, conditions) {
        return putManifest(this.#api, repository, reference, manifest, conditions);
    }
    getVersionedManifest(repository, reference) {
        return getVersionedManifest(this.#api, repository, reference);
    }
    /** DELETE a manifest by digest (and so every tag of it); false when it was not there. */
    deleteManifest(repository, digest) {
        return deleteManifest(this.#api, repository, digest);
    }
    /** The OCI 1.1 referrers API; undefined where the registry does not offer it. */
    referrers(repository, digest) {
        return listReferrers(this.#api, repository, digest);
    }
    hasBlob(repository, digest) {
        return hasBlob(this.#api, repository, digest);
    }
    mountBlob(repository, digest, from) {
        return mountBlob(this.#api, repository, digest, from);
    }
    startUpload(repository) {
        return this.#uploads.start(repository);
    }
    uploadBlob(session, digest, size, body, repository) {
        return this.#uploads.upload(session, digest, size, body, repository);
    }
    getBlob(repository, digest, size, onBytes) {
        return getBlob(this.#api, repository, digest, size, onBytes);
    }
    /** All tags of a repository, following `Link` pagination. */
    async listTags(repository, pageSize = 1000, maxPages = Infinity) {
        let url = await this.#api.url(`${repository}/tags/list?n=${pageSize}`);
        const tags = [];
        const what = `list the tags of ${repository}`;
        for (let page = 0; url && page < maxPages; page++) {
            const response = await this.#send('GET', url, what);
            // A repository nobody has pushed to yet has no tags (a release's first push lists them).
            if (response.status === 404 && tags.length === 0) {
                const text = (await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '';
                if (parseErrorBody(text).some((c) => c.code === 'NAME_UNKNOWN'))
                    return [];
                throw new RegistryError({
                    message: describeStatus(404, this.registry, what, parseErrorBody(text)),
                    registry: this.registry,
                    method: 'GET',
                    url,
                    status: 404,
                    operation: 'list tags',
                    object: repository,
                });
            }
            if (response.status !== 200)
                return this.#fail(response, 'GET', url, what, { operation: 'list tags', object: repository });
            const text = await readLimited(response.body, 16 * 1024 * 1024);
            const json = JSON.parse(text ?? '{}');
            if (Array.isArray(json.tags))
                tags.push(...json.tags.filter((t) => typeof t === 'string'));
            const link = header(response.headers, 'link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            url = next ? new URL(next, url) : undefined;
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/credentials.ts
// Where credentials for a registry come from, in order: the action's inputs, Docker's config.json (auths,
// credHelpers, credsStore), the GitHub token for ghcr.io, else anonymous.




class CredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CredentialsError';
    }
}
/** The registry a config.json key stands for: `https://index.docker.io/v1/` is Docker Hub, schemes and paths drop. */
function configKeyRegistry(key) {
    try {
        return normaliseRegistry(key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''));
    }
    catch {
        return undefined;
    }
}
/** Parse Docker's config.json text. Unknown fields are ignored; broken entries are skipped, not fatal. */
function parseDockerConfig(text, where = 'config.json') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CredentialsError(`${where} is not valid JSON; fix or remove it`);
    }
    const doc = (typeof json === 'object' && json !== null ? json : {});
    const auths = new Map();
    const rawAuths = doc['auths'];
    if (typeof rawAuths === 'object' && rawAuths !== null) {
        for (const [key, value] of Object.entries(rawAuths)) {
            const registry = configKeyRegistry(key);
            if (!registry || typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            let username = typeof entry['username'] === 'string' ? entry['username'] : undefined;
            let password = typeof entry['password'] === 'string' ? entry['password'] : undefined;
            if (typeof entry['auth'] === 'string' && entry['auth'] !== '') {
                const decoded = Buffer.from(entry['auth'], 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0) {
                    username = decoded.slice(0, colon);
                    password = decoded.slice(colon + 1);
                }
            }
            const identityToken = typeof entry['identitytoken'] === 'string' && entry['identitytoken'] !== '' ? entry['identitytoken'] : undefined;
            if (username === undefined && identityToken === undefined)
                continue;
            // An exact host key wins over a URL-style key for the same registry.
            if (auths.has(registry) && key.includes('/'))
                continue;
            auths.set(registry, {
                ...(username !== undefined && { username }),
                ...(password !== undefined && { password }),
                ...(identityToken !== undefined && { identityToken }),
            });
        }
    }
    const credHelpers = new Map();
    const rawHelpers = doc['credHelpers'];
    if (typeof rawHelpers === 'object' && rawHelpers !== null) {
        for (const [key, value] of Object.entries(rawHelpers)) {
            const registry = configKeyRegistry(key);
            if (registry && typeof value === 'string' && value !== '')
                credHelpers.set(registry, value);
        }
    }
    const credsStore = typeof doc['credsStore'] === 'string' && doc['credsStore'] !== '' ? doc['credsStore'] : undefined;
    return { auths, credHelpers, ...(credsStore !== undefined && { credsStore }) };
}
/** Docker's config.json, read synchronously (see below); undefined when there is none. */
function loadDockerConfig(dir) {
    const folder = dir ?? process.env['DOCKER_CONFIG'] ?? (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.docker');
    const path = (0,external_node_path_namespaceObject.join)(folder, 'config.json');
    let text;
    try {
        // Read synchronously: nothing else can run yet, and a first asynchronous file read would start libuv's thread
        // pool (and load fs/promises) ahead of the first request.
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseDockerConfig(text, path);
}
/** The server URL Docker hands a credential helper for a registry. */
function helperServerUrl(registry) {
    return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}
/** Run `docker-credential-<helper> get` as Docker does: server URL on stdin, JSON {Username, Secret} on stdout. */
async function runCredentialHelper(helper, registry) {
    const binary = `docker-credential-${helper}`;
    // Loaded here, not at start-up: most runs use no helper.
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const output = await new Promise((resolve, reject) => {
        const child = execFile(binary, ['get'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new CredentialsError(`Docker's config.json names the credential helper "${helper}" for ${registry}, but ${binary} is not on PATH; install it or remove it from config.json`));
                }
                else if (/credentials not found/i.test(stdout + stderr)) {
                    resolve('');
                }
                else {
                    reject(new CredentialsError(`the credential helper ${binary} failed for ${registry}: ${(stderr || error.message).trim().slice(0, 300)}`));
                }
                return;
            }
            resolve(stdout);
        });
        child.stdin?.end(helperServerUrl(registry));
    });
    if (output.trim() === '')
        return undefined;
    try {
        const json = JSON.parse(output);
        if (typeof json.Secret !== 'string')
            return undefined;
        return { username: typeof json.Username === 'string' ? json.Username : '', password: json.Secret };
    }
    catch {
        throw new CredentialsError(`the credential helper ${binary} printed something that is not JSON for ${registry}`);
    }
}
/** Resolve credentials for one registry. Every secret found is handed to `secret` before it is returned. */
async function resolveCredentials(registry, sources, config) {
    const explicit = sources.explicit?.find((c) => c.registry === registry);
    if (explicit) {
        sources.secret(explicit.password);
        return { username: explicit.username, password: explicit.password, source: 'inputs' };
    }
    if (config) {
        const helper = config.credHelpers.get(registry);
        if (helper) {
            const found = await runCredentialHelper(helper, registry);
            if (found)
                return fromHelper(found, `credential helper ${helper}`, sources.secret);
        }
        else {
            const entry = config.auths.get(registry);
            if (entry) {
                if (entry.password)
                    sources.secret(entry.password);
                if (entry.identityToken)
                    sources.secret(entry.identityToken);
                return { ...entry, source: 'docker config.json' };
            }
            if (config.credsStore) {
                const found = await runCredentialHelper(config.credsStore, registry);
                if (found)
                    return fromHelper(found, `credential store ${config.credsStore}`, sources.secret);
            }
        }
    }
    if (registry === 'ghcr.io' && sources.githubToken) {
        sources.secret(sources.githubToken);
        return { username: sources.githubActor || 'x-access-token', password: sources.githubToken, source: 'github-token' };
    }
    return undefined;
}
function fromHelper(found, source, secret) {
    secret(found.password);
    // Docker's convention: a helper answering username "<token>" hands back an identity (refresh) token.
    if (found.username === '<token>')
        return { identityToken: found.password, source };
    return { username: found.username, password: found.password, source };
}

;// CONCATENATED MODULE: ./src/store/registry/registries.ts







/** Resolve credentials for every registry up front (credential helpers are processes) and build the clients. */
async function openRegistries(names, options) {
    const insecureHosts = new Set([...options.insecureRegistries].map(apiHost));
    const onRetry = options.onRetry ?? ((event) => options.logger.info(describeRetry(event)));
    const policy = options.policy ?? new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
    const transport = new Transport({
        logger: options.logger,
        insecureHosts,
        policy,
        ...(options.ca !== undefined && { ca: options.ca }),
    });
    const tokens = new TokenCache();
    const sources = { ...options.credentials, secret: options.secret };
    const clients = new Map();
    try {
        const config = loadDockerConfig(options.credentials.dockerConfigDir);
        for (const registry of new Set(names)) {
            const credentials = await resolveCredentials(registry, sources, config);
            options.logger.debug(`${registry}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous access'}.`);
            clients.set(registry, new RegistryClient({
                registry,
                transport,
                tokens,
                credentials,
                secret: options.secret,
                logger: options.logger,
                allowHttp: isLoopbackRegistry(registry) || options.insecureRegistries.has(registry),
                policy,
            }));
        }
    }
    catch (error) {
        await transport.close();
        throw error;
    }
    const clientFor = (registry) => {
        const client = clients.get(registry);
        if (!client)
            throw new Error(`no client was opened for ${registry}`);
        return client;
    };
    return {
        policy,
        clientFor,
        repository: (reference, access) => clientFor(reference.registry).repository(reference.repository, access),
        rateLimits: () => [...clients].flatMap(([registry, client]) => {
            const limit = client.rateLimit;
            return limit ? [{ registry, ...limit }] : [];
        }),
        close: () => transport.close(),
    };
}

;// CONCATENATED MODULE: ./src/display.ts
// How numbers and lists read in logs, tables and the job summary: one definition each, used by every edge.
/** `1.5 MiB`: binary units, one decimal below 10. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** `12.3 MB/s` (decimal, as network rates are quoted). */
function formatRate(bytes, seconds) {
    return `${(bytes / seconds / 1e6).toFixed(1)} MB/s`;
}
/**
 * A list as users write it in a workflow input or a repeated CLI flag: one item per line, commas also separate,
 * `#` starts a comment, blanks are dropped.
 */
function splitList(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/tags/errors.ts
// The errors of release tagging: bad input (a version, a floating-tags list, an overwrite policy) and a tag that
// `overwrite: never` protects. Both read as sentences a user can act on.
/** An input the tag rules cannot use; thrown before anything is written. */
class TagInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TagInputError';
    }
}
/** A tag that already points at other bytes while overwrite is `never`: that target fails, the others go on. */
class OverwriteRefusedError extends Error {
    tag;
    existingDigest;
    newDigest;
    constructor(tag, existingDigest, newDigest) {
        super(`${tag} already points at ${existingDigest}; overwrite is never`);
        this.name = 'OverwriteRefusedError';
        this.tag = tag;
        this.existingDigest = existingDigest;
        this.newDigest = newDigest;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./src/tags/version.ts
// Release versions: semver 2.0 as the user wrote it (`v1.2.3`, `1.3.0-rc.1`), and the same reading of a repository's
// tags, so "highest" compares like with like. Parsing and ordering are npm's `semver`, in its strict mode.


/** Distribution's tag grammar caps a tag at 128 characters. */
const MAX_TAG_LENGTH = 128;
/** Parse a release version; errors quote the value and say what was expected. */
function parseVersion(text) {
    const written = text.trim();
    const version = readVersion(written);
    if (version !== undefined)
        return version;
    const plus = written.indexOf('+');
    if (plus > 0 && readVersion(written.slice(0, plus)) !== undefined) {
        throw new TagInputError(`version "${written}" has build metadata ("${written.slice(plus)}"), which cannot be part of a tag (a tag has no "+"); expected the version without it, e.g. ${written.slice(0, plus)}`);
    }
    if (written.length > MAX_TAG_LENGTH) {
        throw new TagInputError(`version "${written}" is ${written.length} characters long; a tag holds at most ${MAX_TAG_LENGTH}`);
    }
    throw new TagInputError(`version "${written}" is not a semantic version; expected MAJOR.MINOR.PATCH with an optional -prerelease and an optional leading "v", e.g. v1.2.3, 1.2.3 or v1.3.0-rc.1`);
}
/** The version a tag names, or undefined for every other tag (`latest`, `v1.2`, `sha-1a2b3c`). */
function versionOfTag(tag) {
    return readVersion(tag);
}
/** Semver order (pre-releases before their release); the prefix plays no part. */
function compareVersions(a, b) {
    return (0,semver.compare)(a.semver, b.semver);
}
function readVersion(text) {
    // Strict semver allows only these characters; checking first keeps semver's own leniency (trimming, `=`) out.
    if (text.length > MAX_TAG_LENGTH || !/^v?[0-9A-Za-z.-]+$/.test(text))
        return undefined;
    let parsed;
    try {
        parsed = new semver.SemVer(text);
    }
    catch {
        return undefined;
    }
    return {
        text,
        prefix: text.startsWith('v') ? 'v' : '',
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.length > 0,
        semver: parsed.version,
    };
}

;// CONCATENATED MODULE: ./src/tags/release-tags.ts
// Which tags a release writes, decided from the repository's own tag list so that floating tags only move forward:
// a hotfix 1.0.5 released after 1.2.0 moves v1.0 but leaves v1 and latest at 1.2.0. Pure: the caller lists the tags.



/** In the order they are written and reported, whatever order the user listed them in. */
const FLOATING_ORDER = ['minor', 'major', 'latest'];
const DEFAULT_FLOATING_TAGS = FLOATING_ORDER;
/**
 * Parse `minor,major,latest` (commas or lines; any order; repeats are harmless), or `none`. Empty means the
 * default, all three.
 */
function parseFloatingTags(text) {
    const words = splitList(text).map((word) => word.toLowerCase());
    if (words.length === 0)
        return DEFAULT_FLOATING_TAGS;
    const unknown = words.filter((word) => word !== 'none' && !FLOATING_ORDER.includes(word));
    if (unknown.length > 0) {
        throw new TagInputError(`floating-tags has ${unknown.map((word) => `"${word}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a floating tag' : 'are not floating tags'}; expected a list of minor, major and latest, or none`);
    }
    if (words.includes('none')) {
        if (words.some((word) => word !== 'none')) {
            throw new TagInputError(`floating-tags "${text.trim()}" combines none with other tags; expected either none or a list of minor, major and latest`);
        }
        return [];
    }
    return FLOATING_ORDER.filter((kind) => words.includes(kind));
}
/**
 * The tags a release of `version` writes into a repository that holds `existingTags`: the exact version tag always
 * (whether it may replace another digest is overwriteDecision's call), then each floating tag asked for, written only
 * when the version is the highest stable one in its range. The version being released counts as present.
 */
function releaseTags(options) {
    const { version, floating } = options;
    // Only tags in the same prefix style count: `1.9.0` says nothing about where `v1` should point.
    const stable = options.existingTags
        .map(versionOfTag)
        .filter((v) => v !== undefined && v.prefix === version.prefix && !v.prerelease);
    const result = [{ tag: version.text, kind: 'version', action: 'write' }];
    for (const kind of FLOATING_ORDER.filter((k) => floating.includes(k))) {
        result.push(floatingTag(kind, version, stable));
    }
    return result;
}
function floatingTag(kind, version, stable) {
    const tag = floatingName(kind, version);
    if (version.prerelease) {
        return { tag, kind, action: 'skip', reason: `${tag} does not move to ${version.text}: floating tags never point at a pre-release` };
    }
    if (kind === 'major' && version.major === 0) {
        return {
            tag,
            kind,
            action: 'skip',
            reason: `${tag} is not written for ${version.text}: before 1.0.0 anything may change between minor versions, so there is no major tag`,
        };
    }
    const inRange = stable.filter((v) => kind === 'latest' || (v.major === version.major && (kind === 'major' || v.minor === version.minor)));
    // A pre-release never holds a floating tag, so it never keeps one from moving: only stable versions compete.
    const highest = inRange.reduce((best, v) => (compareVersions(v, best) > 0 ? v : best), version);
    if (highest === version)
        return { tag, kind, action: 'write' };
    return { tag, kind, action: 'skip', reason: `${tag} stays at ${highest.text}, which is newer than ${version.text}` };
}
/** `v1.2`, `v1`, `latest`; without the `v` when the version has none. */
function floatingName(kind, version) {
    if (kind === 'latest')
        return 'latest';
    if (kind === 'major')
        return `${version.prefix}${version.major}`;
    return `${version.prefix}${version.major}.${version.minor}`;
}

;// CONCATENATED MODULE: ./src/tags/release-targets.ts

/** The endpoints to write, in the order given; each repository's tags are listed once. */
async function releaseEndpoints(targets, release, overwrite) {
    const lists = new Map();
    const tagsOf = (store) => {
        let list = lists.get(store);
        if (!list) {
            list = store.listTags();
            lists.set(store, list);
        }
        return list;
    };
    const expanded = await Promise.all(targets.map(async (target) => {
        if (target.tag !== undefined || target.digest !== undefined || release === undefined) {
            const { tag, digest } = target;
            return [{ store: target.store, tag, digest, text: release_targets_text(target.store, tag, digest), overwrite }];
        }
        const existingTags = await tagsOf(target.store);
        return releaseTags({ version: release.version, floating: release.floating, existingTags }).map((rt) => ({
            store: target.store,
            tag: rt.tag,
            text: release_targets_text(target.store, rt.tag, undefined),
            overwrite,
            ...(rt.kind !== 'version' && { follows: release_targets_text(target.store, release.version.text, undefined) }),
            ...(rt.action === 'skip' && { skip: rt.reason ?? `${rt.tag} stays where it is` }),
        }));
    }));
    return expanded.flat();
}
function release_targets_text(store, tag, digest) {
    return `${store.name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}

;// CONCATENATED MODULE: ./src/copy/copy-error.ts
// A failure that says which side failed, doing what, to which object, and why (oras-go copyerror.go): the edges
// print `message`, and tests and the GHCR diagnosis read the fields.
class CopyError extends Error {
    side;
    operation;
    /** The digest or reference the operation was about. */
    object;
    /** Registry name and HTTP status, when a registry answered (read off the cause). */
    registry;
    status;
    constructor(options) {
        super(`${options.side} ${options.where}: ${causeMessage(options.cause)}`, { cause: options.cause });
        this.name = 'CopyError';
        this.side = options.side;
        this.operation = options.operation;
        this.object = options.object;
        const cause = options.cause;
        this.registry = typeof cause?.registry === 'string' ? cause.registry : undefined;
        this.status = typeof cause?.status === 'number' ? cause.status : undefined;
    }
}
/** Wrap anything thrown while doing `operation` on one side; a CopyError passes through unchanged. */
function copyError(side, operation, object, where, cause) {
    if (cause instanceof CopyError)
        return cause;
    return new CopyError({ side, operation, object, where, cause });
}
function failureOf(error, suffix = '') {
    return {
        side: error.side,
        operation: error.operation,
        object: error.object,
        ...(error.registry !== undefined && { registry: error.registry }),
        ...(error.status !== undefined && { status: error.status }),
        message: `${error.message}${suffix}`,
    };
}
function causeMessage(error) {
    if (error instanceof Error)
        return error.message.replace(/\.$/, '');
    return String(error);
}

;// CONCATENATED MODULE: ./src/copy/limit.ts
// Bounded concurrency. Only leaf work (one blob transfer) takes a slot, so nothing waits on children while
// holding one and the pool cannot deadlock.
function createLimiter(slots) {
    if (!Number.isInteger(slots) || slots < 1)
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${slots}`);
    let active = 0;
    const waiting = [];
    // A finishing task hands its slot straight to the next waiter (active stays the same), so a caller arriving
    // in between cannot slip into a slot that is already promised.
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active--;
    };
    return async (task) => {
        if (active >= slots)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}

;// CONCATENATED MODULE: ./src/copy/plan.ts
// What to push: walk the source graph from the root (index -> manifests -> config + layers), verifying every
// manifest, applying the platform selection (through nested indexes), and deduplicating blobs by digest.




class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}
const MAX_DEPTH = 4; // index -> index -> manifest is the deepest seen in practice; more is a loop or abuse
/** Fetch the source graph below `root` and decide what goes up. */
async function buildPlan(source, root, wanted, annotations) {
    let top = root;
    let rewritten = false;
    let selectedPlatforms = [];
    const warnings = [];
    if (wanted && wanted.length > 0) {
        if (root.kind !== 'index') {
            throw new PlanError(`platforms was given, but the source is a single-platform image (${root.mediaType}), not a multi-platform index; remove platforms or point source at a multi-platform image`);
        }
        const leaves = await platformLeaves(source, root);
        const chosen = selectPlatforms(leaves, wanted);
        selectedPlatforms = chosen.map((l) => formatPlatform(l.descriptor.platform));
        if (chosen.length === 1) {
            const only = chosen[0];
            const dropped = attestationsOf(leaves, only);
            if (dropped.length > 0) {
                warnings.push(`Selecting the one platform ${selectedPlatforms[0]} pushes its image manifest ${only.descriptor.digest} alone, without the ${dropped.length === 1 ? 'attestation manifest' : 'attestation manifests'} ${dropped.map((d) => d.descriptor.digest).join(', ')} (provenance, SBOM) that the source's index keeps beside it; select no platforms, or several, to keep ${dropped.length === 1 ? 'it' : 'them'}.`);
            }
            top = await source.getManifest(only.descriptor.digest);
        }
        else {
            const entries = chosen.flatMap((leaf) => [leaf, ...attestationsOf(leaves, leaf)]);
            const flat = leaves.every((l) => l.parent === root);
            if (!flat || entries.length < root.manifests.length || annotations !== undefined) {
                top = filteredIndex(root, entries, annotations);
                rewritten = true;
            }
        }
    }
    if (annotations !== undefined && !rewritten) {
        throw new PlanError('annotations were given, but this copy builds no index (they apply to an index hoist assembles from several sources or several selected platforms); annotating the source would change its digest');
    }
    const manifests = [];
    const blobs = new Map();
    const seen = new Set([top.digest]);
    const visit = async (manifest, depth) => {
        if (depth > MAX_DEPTH)
            throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${manifest.digest}`);
        if (manifest.kind === 'index') {
            // Children are independent: fetch them in parallel, then keep the index's order for pushing.
            const children = await Promise.all(manifest.manifests.map((d) => seen.has(d.digest) ? Promise.resolve(undefined) : (seen.add(d.digest), source.getManifest(d.digest))));
            for (const child of children)
                if (child)
                    await visit(child, depth + 1);
        }
        else {
            for (const blob of manifest.blobs)
                if (!blobs.has(blob.digest))
                    blobs.set(blob.digest, blob);
        }
        manifests.push(manifest);
    };
    await visit(top, 0);
    // Foreign layers usually live only at their `urls`; copy the ones the source does hold.
    const foreign = [...blobs.values()].filter((b) => isForeignLayer(b.mediaType));
    const held = await Promise.all(foreign.map((b) => source.hasBlob(b)));
    const foreignSkipped = foreign.filter((_, i) => !held[i]);
    for (const blob of foreignSkipped)
        blobs.delete(blob.digest);
    const platforms = selectedPlatforms.length > 0 && top.kind !== 'index'
        ? selectedPlatforms
        : top.kind === 'index'
            ? top.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform))
            : [];
    return { root: top, manifests, blobs: [...blobs.values()], foreignSkipped, platforms, rewritten, warnings, sourceOf: () => source };
}
/** Every entry of an index and of the indexes nested in it, with the index that lists it. */
async function platformLeaves(source, index, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${index.digest}`);
    const nested = await Promise.all(index.manifests.map(async (d) => {
        if (d.mediaType !== '' && !isIndexType(d.mediaType))
            return [{ descriptor: d, parent: index }];
        const child = await source.getManifest(d.digest);
        return child.kind === 'index' ? platformLeaves(source, child, depth + 1) : [{ descriptor: d, parent: index }];
    }));
    return nested.flat();
}
function isIndexType(mediaType) {
    return (mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json');
}
function isPlatformImage(leaf) {
    return leaf.descriptor.platform !== undefined && leaf.descriptor.platform.os !== 'unknown';
}
/** The entries matching the wanted platforms; an error naming what the source has when one is missing. */
function selectPlatforms(leaves, wanted) {
    const images = leaves.filter(isPlatformImage);
    const chosen = new Set();
    for (const platform of wanted) {
        const matches = images.filter((l) => platformMatches(platform, l.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((l) => formatPlatform(l.descriptor.platform));
            throw new PlanError(`the source has no image for platform ${formatPlatform(platform)}; it has ${available.join(', ') || 'no platform entries'}`);
        }
        for (const match of matches)
            chosen.add(match);
    }
    return images.filter((l) => chosen.has(l));
}
/** BuildKit's attestation manifests (unknown/unknown entries) that describe `image`. */
function attestationsOf(leaves, image) {
    return leaves.filter((l) => l.descriptor.platform?.os === 'unknown' && l.descriptor.annotations?.['vnd.docker.reference.digest'] === image.descriptor.digest);
}
/** A new index with only the chosen entries, each as its parent index wrote it; the rest of `top` kept as it was. */
function filteredIndex(top, entries, annotations) {
    const raw = entries.map((leaf) => {
        const list = leaf.parent.json['manifests'];
        return list.find((m) => m.digest === leaf.descriptor.digest);
    });
    const json = { ...top.json, manifests: raw };
    if (annotations !== undefined)
        json['annotations'] = { ...top.json['annotations'], ...annotations };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    return parseManifest(bytes, top.mediaType, digestOf(bytes));
}

;// CONCATENATED MODULE: ./src/tags/overwrite.ts
// Whether a tag may be written over what it points at now. `never` makes a published release tag immutable: the
// same bytes again are `unchanged`, other bytes fail that target before its tag moves.

const DEFAULT_OVERWRITE = 'always';
/** Parse `always` or `never`; empty means `always`, today's behaviour. */
function parseOverwrite(text) {
    const word = text.trim().toLowerCase();
    if (word === '')
        return DEFAULT_OVERWRITE;
    if (word === 'always' || word === 'never')
        return word;
    throw new TagInputError(`overwrite "${text.trim()}" is not a policy; expected always or never`);
}
function overwriteDecision(question) {
    const { policy, tag, existingDigest, newDigest } = question;
    if (existingDigest === undefined)
        return { action: 'write' };
    if (existingDigest === newDigest)
        return { action: 'unchanged' };
    if (policy === 'never' && question.floating !== true) {
        return { action: 'fail', error: new OverwriteRefusedError(tag, existingDigest, newDigest) };
    }
    return { action: 'write' };
}

;// CONCATENATED MODULE: ./src/copy/target-results.ts
/** A result where nothing moved; the outcomes below fill in what did. */
function nothingMoved(state, status) {
    return {
        target: state.endpoint.text,
        repository: state.endpoint.store.name,
        status,
        digest: undefined,
        pinned: undefined,
        platforms: [],
        blobs: { mounted: 0, existing: 0, uploaded: 0 },
        bytesUploaded: 0,
        bytesSaved: 0,
        durationMs: Date.now() - state.started,
        referrers: { copied: 0, existing: 0 },
        referrerKinds: {},
        events: state.events,
    };
}
function pinnedAt(state, digest) {
    return { digest, pinned: `${state.endpoint.store.name}@${digest}` };
}
function succeeded(state, status, plan, placement) {
    return {
        ...nothingMoved(state, status),
        ...pinnedAt(state, plan.root.digest),
        platforms: plan.platforms,
        blobs: { ...placement.counts },
        bytesUploaded: placement.bytesUploaded,
        bytesSaved: placement.bytesSaved,
        referrers: state.referrers?.counts ?? { copied: 0, existing: 0 },
        referrerKinds: state.referrers?.kinds ?? {},
    };
}
function unchanged(state, digest, platforms) {
    state.events.push({ type: 'unchanged', target: state.endpoint.text, digest });
    return { ...nothingMoved(state, 'unchanged'), ...pinnedAt(state, digest), platforms };
}
function skipped(state, reason) {
    return { ...nothingMoved(state, 'skipped'), durationMs: 0, reason };
}
function failed(state, failure) {
    if (state.events.at(-1)?.type !== 'failed')
        state.events.push({ type: 'failed', message: failure.message });
    return { ...nothingMoved(state, 'failed'), error: failure.message, failure };
}

;// CONCATENATED MODULE: ./src/copy/place-blobs.ts


/** Whole-blob attempts: each one re-reads the source, so fewer than the per-request attempts. */
const BLOB_ATTEMPTS = 3;
function newPlacement() {
    return { counts: { mounted: 0, existing: 0, uploaded: 0 }, bytesUploaded: 0, bytesSaved: 0, mounted: new Set() };
}
function canMount(target, from) {
    return target.mountBlob !== undefined && target.location === from.location;
}
/**
 * Place one blob. Within the source's location mount from the source; elsewhere the first target repository of a
 * location to need a blob places it, and the others mount from it. Waiting for that first one holds no slot.
 */
async function placeBlob(context, blob, placement) {
    const { target } = context;
    const source = context.sourceOf(blob.digest);
    if (canMount(target, source))
        return placeFrom(context, blob, placement, source);
    // Copies that share the map (a sync's many tags) can meet the same repository: one placement each, the rest wait.
    const here = `${target.location} ${blob.digest} ${target.name}`;
    const earlier = context.placed.get(here);
    if (earlier) {
        if ((await earlier.catch(() => undefined)) === target) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
            return;
        }
        return placeFrom(context, blob, placement, undefined);
    }
    const key = `${target.location} ${blob.digest}`;
    const first = context.placed.get(key);
    let mine;
    if (first) {
        mine = first
            .catch(() => undefined)
            .then((from) => placeFrom(context, blob, placement, from && canMount(target, from) ? from : undefined))
            .then(() => target);
    }
    else {
        const hinted = context.mountHints?.(blob.digest, target);
        const mountFrom = hinted !== undefined && hinted !== target && canMount(target, hinted) ? hinted : undefined;
        mine = placeFrom(context, blob, placement, mountFrom).then(() => target);
        context.placed.set(key, mine);
    }
    context.placed.set(here, mine);
    await mine;
}
async function placeFrom(context, blob, placement, mountFrom) {
    const { target } = context;
    // First ask (mount, or HEAD): no bytes move, so this takes a check slot, not a transfer slot.
    const done = await context.checks(async () => {
        if (mountFrom !== undefined && target.mountBlob) {
            // One request answers both "is it there?" and "link it": no HEAD needed within a registry.
            let mount;
            try {
                mount = await target.mountBlob(blob, mountFrom);
            }
            catch (error) {
                throw copyError('target', 'mount blob', blob.digest, `${target.name}: mount ${blob.digest} from ${mountFrom.name}`, error);
            }
            if (mount.mounted) {
                placement.counts.mounted++;
                placement.bytesSaved += blob.size;
                placement.mounted.add(blob.digest);
                return true;
            }
            return false;
        }
        const present = await checkBlob(target, blob);
        if (present) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
        }
        return present;
    });
    if (done)
        return;
    await context.transfers(() => uploadBlob(context, blob));
    placement.counts.uploaded++;
    placement.bytesUploaded += blob.size;
}
/** Whether the target holds the blob, a failure to ask named as the target's. */
async function checkBlob(target, blob) {
    try {
        return await target.hasBlob(blob);
    }
    catch (error) {
        throw copyError('target', 'check blob', blob.digest, `${target.name}: check blob ${blob.digest}`, error);
    }
}
/** Stream one blob from the source to the target, with fresh bytes on each attempt. */
async function uploadBlob(context, blob) {
    const { target, onProgress } = context;
    const source = context.sourceOf(blob.digest);
    const operation = `blob ${blob.digest} for ${target.name.slice(target.location.length + 1) || target.name}`;
    await runUnwrapped(context.retry, target.location, operation, async () => {
        let sent = 0;
        const onBytes = onProgress
            ? (n) => {
                sent += n;
                onProgress({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'bytes', bytesDone: sent });
            }
            : undefined;
        let stream;
        try {
            stream = await source.readBlob(blob, onBytes);
        }
        catch (error) {
            // Opening the read already went through the policy request by request; another whole-blob round would only
            // multiply those attempts.
            throw new FinalAttempt(copyError('source', 'read blob', blob.digest, `${source.name}: read blob ${blob.digest}`, error));
        }
        // The target may still be opening its upload when the source breaks off: keep the error on the stream (read
        // back as stream.errored below) instead of letting an unlistened 'error' end the process.
        stream.on('error', () => undefined);
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'start', bytesDone: 0 });
        try {
            await target.writeBlob(blob, stream);
        }
        catch (error) {
            // A broken or corrupt source stream surfaces as the write's failure: blame the side that broke.
            const cause = stream.errored ?? error;
            const side = stream.errored ? 'source' : 'target';
            throw retryableCopyError(side, blob.digest, side === 'source' ? `${source.name}: read blob ${blob.digest}` : `${target.name}: upload blob ${blob.digest}`, cause);
        }
        finally {
            if (!stream.destroyed)
                stream.destroy();
        }
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'done', bytesDone: blob.size });
    }, { attempts: BLOB_ATTEMPTS, classify: classifyCause });
}
function retryableCopyError(side, digest, where, cause) {
    return copyError(side, side === 'source' ? 'read blob' : 'upload blob', digest, where, cause);
}
/** The policy's run, with a FinalAttempt unwrapped into the error it carries. */
async function runUnwrapped(retry, ...args) {
    try {
        await retry.run(...args);
    }
    catch (error) {
        throw error instanceof FinalAttempt ? error.error : error;
    }
}
/** A CopyError is as retryable as what caused it. */
function classifyCause(error) {
    if (error instanceof FinalAttempt)
        return { retryable: false, reason: 'already retried request by request' };
    const cause = error.cause ?? error;
    // A whole blob is retried after a failure the user may want to read in full (what the registry said).
    return { ...policy_classify(cause), reason: cause instanceof Error ? cause.message.replace(/\.$/, '') : String(cause) };
}
/** Carries an error out of the whole-blob loop at once. */
class FinalAttempt extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}

;// CONCATENATED MODULE: ./src/copy/referrers.ts

/** Signature on an SBOM on an image is depth 2; more is a loop or abuse. */
const MAX_REFERRER_DEPTH = 3;
const COSIGN_SUFFIXES = [
    ['sig', 'signature'],
    ['att', 'attestation'],
    ['sbom', 'sbom'],
];
/** The distribution spec's fallback tag for a subject: `<alg>-<hex>`, the hex cut to 64 characters. */
function fallbackTag(digest) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex.slice(0, 64)}`;
}
/** Cosign's tags name the digest with its full hex. */
function cosignTag(digest, suffix) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex}.${suffix}`;
}
function artifactTypeOf(manifest) {
    const declared = manifest.json['artifactType'];
    if (typeof declared === 'string' && declared !== '')
        return declared;
    return manifest.config?.mediaType;
}
/** Signature, attestation, SBOM or other, from the artifact type (and a sigstore bundle's predicate type). */
function kindOf(artifactType, annotations) {
    const type = (artifactType ?? '').toLowerCase();
    if (annotations?.['dev.sigstore.bundle.predicateType'] !== undefined)
        return 'attestation';
    if (/in-toto|attestation|dsse|provenance/.test(type))
        return 'attestation';
    if (/spdx|cyclonedx|sbom|syft/.test(type))
        return 'sbom';
    if (/signature|\.sig\b|cosign|notary|sigstore/.test(type))
        return 'signature';
    return 'other';
}
function annotationsOf(manifest) {
    const value = manifest.json['annotations'];
    return typeof value === 'object' && value !== null ? value : undefined;
}
/** Every referrer of `subjects` in `source`, found level by level; each manifest is read once, verified. */
/** Up to this many tags, one listing says which fallback and cosign tags exist, instead of asking for each. */
const TAG_LIST_LIMIT = 1000;
async function discoverReferrers(source, subjects, where) {
    // Asked beside the first level's referrers API calls; a repository with more tags than one page falls back to
    // asking for each tag (and an error here only means that).
    const tags = source.listTags({ limit: TAG_LIST_LIMIT }).then((list) => (list.length < TAG_LIST_LIMIT ? new Set(list) : undefined), () => undefined);
    const found = new Map();
    const seen = new Set(subjects);
    let level = [...subjects];
    for (let depth = 1; depth <= MAX_REFERRER_DEPTH && level.length > 0; depth++) {
        const next = [];
        const batches = await Promise.all(level.map((subject) => referrersOf(source, subject, depth, where, tags)));
        for (const referrer of batches.flat()) {
            const key = referrer.tag ?? referrer.manifest.digest;
            if (found.has(key))
                continue;
            found.set(key, referrer);
            if (!seen.has(referrer.manifest.digest)) {
                seen.add(referrer.manifest.digest);
                next.push(referrer.manifest.digest);
            }
        }
        level = next;
    }
    return [...found.values()];
}
async function referrersOf(source, subject, depth, where, tags) {
    const fail = (error) => {
        throw copyError('source', 'read manifest', subject, `${where}: find the referrers of ${subject}`, error);
    };
    const api = source.referrers ? source.referrers(subject).catch(fail) : Promise.resolve(undefined);
    const known = await tags;
    // Only the tags that exist are read (all of them when the list was too long to take); all at once, beside the API.
    const lookup = (tag) => known === undefined || known.has(tag) ? source.resolve(tag, { wantBytes: true }).catch(fail) : Promise.resolve(undefined);
    const [fallback, ...cosign] = await Promise.all([
        lookup(fallbackTag(subject)),
        ...COSIGN_SUFFIXES.map(([suffix]) => lookup(cosignTag(subject, suffix))),
    ]);
    const apiAnswer = await api;
    let listed = apiAnswer ?? [];
    if (apiAnswer === undefined && fallback) {
        const index = fallback.manifest ?? (await source.getManifest(fallbackTag(subject)).catch(fail));
        if (index.kind === 'index')
            listed = index.manifests;
    }
    const oci = await Promise.all(listed.map(async (descriptor) => {
        const manifest = await source.getManifest(descriptor.digest).catch(fail);
        const artifactType = descriptor.artifactType ?? artifactTypeOf(manifest);
        return { store: source, subject, manifest, kind: kindOf(artifactType, annotationsOf(manifest)), artifactType, depth };
    }));
    const tagged = await Promise.all(COSIGN_SUFFIXES.map(async ([suffix, kind], i) => {
        const resolved = cosign[i];
        if (!resolved)
            return [];
        const tag = cosignTag(subject, suffix);
        const manifest = resolved.manifest ?? (await source.getManifest(tag).catch(fail));
        return [{ store: source, subject, manifest, kind, artifactType: artifactTypeOf(manifest), tag, depth }];
    }));
    return [...oci, ...tagged.flat()];
}
/** The descriptor a fallback index lists for a referrer, as the distribution spec says. */
function indexEntry(referrer) {
    const annotations = annotationsOf(referrer.manifest);
    return {
        mediaType: referrer.manifest.mediaType,
        digest: referrer.manifest.digest,
        size: referrer.manifest.bytes.length,
        ...(referrer.artifactType !== undefined && { artifactType: referrer.artifactType }),
        ...(annotations && { annotations }),
    };
}

;// CONCATENATED MODULE: ./src/copy/push-referrers.ts
// Writing referrers at one target repository, after their subjects and before the target's tags: each referrer's
// blobs and manifest as in any copy (exact bytes, by digest), then — where the registry does not index `subject`
// itself — the fallback tag's index, merged (never dropping an entry) and written with If-Match where offered.
// Cosign's tags are copied as tags, except that a different signature already at the target is kept.








/** Tries at a fallback index that others update at the same time. */
const INDEX_UPDATE_ATTEMPTS = 3;
/** What is missing at the target: OCI referrers by digest, cosign tags by tag (a different one there is kept). */
async function missingReferrers(target, referrers, warnings) {
    const answers = await Promise.all(referrers.map(async (referrer) => {
        const reference = referrer.tag ?? referrer.manifest.digest;
        try {
            return await target.resolve(reference);
        }
        catch (error) {
            throw copyError('target', 'resolve', reference, `${target.name}: look for ${reference}`, error);
        }
    }));
    const missing = [];
    const present = [];
    let existing = 0;
    referrers.forEach((referrer, i) => {
        const there = answers[i];
        if (!there)
            missing.push(referrer);
        else if (there.digest === referrer.manifest.digest) {
            existing++;
            if (referrer.tag === undefined)
                present.push(referrer);
        }
        else {
            existing++;
            warnings.push(`${target.name}:${referrer.tag} already holds ${there.digest}, not the source's ${referrer.manifest.digest}; kept the target's ${referrer.kind} (one made there must not be destroyed).`);
        }
    });
    return { missing, existing, present };
}
/**
 * Push `missing` (from missingReferrers), shallowest first, and index them. `present` are OCI referrers the target
 * already holds by digest: they are listed in its fallback index too where it lacks one of them (an earlier run
 * that stopped between a referrer and its index), unless the target indexes subjects itself.
 */
async function pushReferrers(context, placement, missing, existing, warnings, present = [], 
/** Referrers whose blobs placeReferrerBlobs already placed, by manifest digest. */
prepared = new Map()) {
    const { target } = context;
    const kinds = {};
    const unindexed = new Map();
    const byDepth = [...missing].sort((x, y) => x.depth - y.depth);
    for (let depth = 1; byDepth.some((r) => r.depth >= depth); depth++) {
        await Promise.all(byDepth
            .filter((r) => r.depth === depth)
            .map(async (referrer) => {
            const plan = prepared.get(referrer.manifest.digest) ?? (await placeOne(context, placement, referrer));
            for (const child of plan.manifests.slice(0, -1))
                await put(target, child.digest, child);
            const written = await put(target, referrer.tag ?? referrer.manifest.digest, referrer.manifest);
            if (referrer.tag === undefined && !written.subjectIndexed)
                unindexed.set(referrer.subject, [...(unindexed.get(referrer.subject) ?? []), referrer]);
            kinds[referrer.kind] = (kinds[referrer.kind] ?? 0) + 1;
        }));
    }
    await Promise.all([...groupBySubject(present)].map(async ([subject, referrers]) => {
        // A subject whose new referrers went unindexed has no API here; otherwise ask the target whether it has one.
        if (!unindexed.has(subject) && (await indexesSubjects(target, subject)))
            return;
        unindexed.set(subject, [...(unindexed.get(subject) ?? []), ...referrers]);
    }));
    for (const [subject, referrers] of unindexed)
        await addToFallbackIndex(target, subject, referrers);
    return { counts: { copied: missing.length, existing }, kinds, warnings };
}
/**
 * The blobs of every referrer in `missing`, all at once and beside the image's own (they depend on nothing pushed
 * before them); the manifests follow the subject later. Returns each referrer's plan by manifest digest.
 */
async function placeReferrerBlobs(context, placement, missing) {
    const plans = await Promise.all(missing.map(async (referrer) => [referrer.manifest.digest, await placeOne(context, placement, referrer)]));
    return new Map(plans);
}
/** One referrer's graph, read from where it was found, and its blobs placed at the target. */
async function placeOne(context, placement, referrer) {
    const source = referrer.store;
    const plan = await buildPlan(source, referrer.manifest, undefined).catch((error) => {
        throw copyError('source', 'read manifest', referrer.manifest.digest, `${source.name}: read referrer ${referrer.manifest.digest}`, error);
    });
    const fromReferrer = { ...context, sourceOf: () => source };
    const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(fromReferrer, blob, placement)));
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure)
        throw failure.reason;
    return plan;
}
function groupBySubject(referrers) {
    const groups = new Map();
    for (const r of referrers)
        groups.set(r.subject, [...(groups.get(r.subject) ?? []), r]);
    return groups;
}
/** The target answers the referrers API for `subject` (so it indexed what was pushed to it). */
async function indexesSubjects(target, subject) {
    if (!target.referrers)
        return false;
    try {
        return (await target.referrers(subject)) !== undefined;
    }
    catch (error) {
        throw copyError('target', 'read manifest', subject, `${target.name}: list the referrers of ${subject}`, error);
    }
}
async function put(target, reference, manifest) {
    try {
        return await target.putManifest(reference, manifest);
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, `${target.name}: push referrer ${manifest.digest}`, error);
    }
}
/** Read the target's fallback index, add what it lacks, write it back only if nobody changed it meanwhile. */
async function addToFallbackIndex(target, subject, referrers) {
    const tag = fallbackTag(subject);
    for (let attempt = 1;; attempt++) {
        let current;
        try {
            current = await target.resolve(tag, { wantBytes: true });
        }
        catch (error) {
            throw copyError('target', 'resolve', tag, `${target.name}: read the referrers index ${tag}`, error);
        }
        const existing = current ? (current.manifest ?? (await target.getManifest(tag))) : undefined;
        const entries = existing && Array.isArray(existing.json['manifests']) ? [...existing.json['manifests']] : [];
        const listed = new Set(entries.map((e) => e.digest));
        const added = referrers.filter((r) => !listed.has(r.manifest.digest)).map(indexEntry);
        if (added.length === 0)
            return;
        const json = existing
            ? { ...existing.json, manifests: [...entries, ...added] }
            : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: added };
        const bytes = Buffer.from(JSON.stringify(json));
        const index = parseManifest(bytes, OCI_INDEX, digestOf(bytes));
        try {
            // Conditional where the registry can tell versions apart: not changed since read, or still not there.
            await target.putManifest(tag, index, current ? (current.etag !== undefined ? { ifMatch: current.etag } : undefined) : { ifNoneMatch: '*' });
            return;
        }
        catch (error) {
            if (error instanceof PreconditionFailedError && attempt < INDEX_UPDATE_ATTEMPTS)
                continue;
            throw copyError('target', 'tag', tag, `${target.name}: update the referrers index ${tag}`, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/copy/push-repository.ts




async function pushToRepository(context, plan, store, group) {
    const placement = newPlacement();
    const events = [];
    const blobContext = { ...context, sourceOf: plan.sourceOf, target: store };
    let referrers;
    // Referrers' blobs move beside the image's as soon as the source has answered what refers to it; only their
    // manifests wait for the subject. Counted apart so the image's own blob line stays its own.
    const referrerPlacement = newPlacement();
    const early = context.dryRun || store.holdsReferrers === false
        ? undefined
        : context.referrers.then(async (found) => {
            if (found.length === 0)
                return undefined;
            const { missing, existing, present } = await missingReferrers(store, found, context.warnings);
            return { missing, existing, present, plans: await placeReferrerBlobs(blobContext, referrerPlacement, missing) };
        });
    early?.catch(() => undefined);
    try {
        if (plan.manifests.every((m) => sameStore(plan.sourceOf(m.digest), store))) {
            // The source manifest lives here, so every blob and child manifest it references does too.
            placement.counts.existing = plan.blobs.length;
            placement.bytesSaved = plan.blobs.reduce((sum, b) => sum + b.size, 0);
            events.push({ type: 'same-repository', repository: store.name, blobs: plan.blobs.length });
        }
        else {
            if (context.dryRun) {
                await Promise.all(plan.blobs.map((blob) => context.checks(() => surveyBlob(store, plan.sourceOf(blob.digest), blob, placement))));
            }
            else {
                const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(blobContext, blob, placement)));
                const failure = outcomes.find((o) => o.status === 'rejected');
                if (failure)
                    throw failure.reason;
            }
            events.push({
                type: 'blobs',
                planned: context.dryRun,
                ...placement.counts,
                bytesUploaded: placement.bytesUploaded,
                foreignSkipped: plan.foreignSkipped.length,
            });
            if (!context.dryRun) {
                const children = plan.manifests.slice(0, -1);
                // Image manifests depend only on blobs, so they go up together; nested indexes follow, children first.
                const put = (m) => push_repository_putManifest(blobContext, placement, events, m.digest, m);
                await Promise.all(children.filter((m) => m.kind === 'image').map(put));
                for (const manifest of children.filter((m) => m.kind === 'index'))
                    await put(manifest);
                if (children.length > 0)
                    events.push({ type: 'children', count: children.length });
            }
        }
        // Referrers after their subjects and before the tags: a deployment that verifies the new tag never sees it unsigned.
        const found = await context.referrers;
        if (found.length > 0 && store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
        }
        else if (found.length > 0 && context.dryRun) {
            referrers = await followReferrers(blobContext, placement, found, true, context.warnings);
            events.push({ type: 'referrers', planned: true, ...referrers.counts, kinds: referrers.kinds });
        }
        else if (found.length > 0) {
            const prepared = (await early);
            await push_repository_putManifest(blobContext, placement, events, plan.root.digest, plan.root);
            const { missing, existing, present, plans } = prepared;
            referrers = await pushReferrers(blobContext, referrerPlacement, missing, existing, context.warnings, present, plans);
            addPlacement(placement, referrerPlacement);
            events.push({ type: 'referrers', planned: false, ...referrers.counts, kinds: referrers.kinds });
        }
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store), '; no tag was written');
        await store.close?.('abort').catch(() => undefined);
        for (const state of group) {
            state.events.push(...events, { type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
        return;
    }
    const kind = plan.root.kind === 'index' ? 'index' : 'manifest';
    if (context.dryRun) {
        for (const state of group) {
            state.events.push(...events, { type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: true });
            if (referrers)
                state.referrers = referrers;
            state.result = succeeded(state, 'planned', plan, placement);
        }
        return;
    }
    // Tags last, each on its own: one rejected tag does not undo another.
    await Promise.all(group.map(async (state) => {
        state.events.push(...events);
        if (referrers)
            state.referrers = referrers;
        const reference = state.endpoint.tag ?? state.endpoint.digest ?? plan.root.digest;
        try {
            // A tag's failure reads as the target's: "target ghcr.io/acme/app:v1: access denied …".
            await push_repository_putManifest(blobContext, placement, state.events, reference, plan.root, state.endpoint.text);
            state.events.push({ type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: false });
            state.result = succeeded(state, 'copied', plan, placement);
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', reference, state.endpoint.text, error));
            state.events.push({ type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
    }));
    if (store.close) {
        const anyTagged = group.some((s) => s.result?.status === 'copied');
        try {
            await store.close(anyTagged ? 'commit' : 'abort');
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', store.name, store.name, error));
            for (const state of group) {
                state.events.push({ type: 'failed', message: failure.message });
                state.result = failed(state, failure);
            }
        }
    }
}
/** The referrers' blob work, added to the image's for the target's totals. */
function addPlacement(into, from) {
    into.counts.mounted += from.counts.mounted;
    into.counts.existing += from.counts.existing;
    into.counts.uploaded += from.counts.uploaded;
    into.bytesUploaded += from.bytesUploaded;
    into.bytesSaved += from.bytesSaved;
}
/** Find what the target lacks of `found` and push it (or, in a dry run, count it). */
async function followReferrers(context, placement, found, dryRun, warnings) {
    const { missing, existing, present } = await missingReferrers(context.target, found, warnings);
    if (dryRun) {
        const kinds = {};
        for (const r of missing)
            kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
        return { counts: { copied: missing.length, existing }, kinds, warnings };
    }
    return pushReferrers(context, placement, missing, existing, warnings, present);
}
/** The warning for a store that holds images only: which referrers stayed behind, by kind. */
function leftBehind(store, found) {
    const kinds = new Map();
    for (const r of found)
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const listed = [...kinds].map(([kind, n]) => `${n} ${kind === 'sbom' ? 'SBOM' : kind}`).join(', ');
    return `${found.length === 1 ? 'A referrer' : `${found.length} referrers`} of the image (${listed}) ${found.length === 1 ? 'was' : 'were'} not written to ${store.name}: it holds images only, as docker load reads them; copy to a registry or an OCI layout to keep signatures, attestations and SBOMs with the image.`;
}
/**
 * Targets whose tag already holds the digest: only referrers can be new (signatures are often added after the first
 * promotion). Copies them; the status becomes `copied` (or `planned`) when any moved.
 */
async function refreshReferrers(context, store, group) {
    const placement = newPlacement();
    // Referrers carry the store they are read from; there are no image blobs to place here.
    const blobContext = { ...context, sourceOf: () => store, target: store };
    let outcome;
    try {
        const found = await context.referrers;
        if (found.length === 0)
            return;
        if (store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
            return;
        }
        outcome = await followReferrers(blobContext, placement, found, context.dryRun, context.warnings);
        // A file store shows what was written only once committed (an existing layout's index.json is replaced then).
        if (!context.dryRun)
            await store.close?.('commit');
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store));
        await store.close?.('abort').catch(() => undefined);
        for (const state of group)
            state.result = failed(state, failure);
        return;
    }
    const event = { type: 'referrers', planned: context.dryRun, ...outcome.counts, kinds: outcome.kinds };
    for (const state of group) {
        state.events.push(event);
        state.referrers = outcome;
        const previous = state.result;
        if (outcome.counts.copied === 0) {
            state.result = { ...previous, referrers: outcome.counts, referrerKinds: {} };
        }
        else {
            state.result = {
                ...previous,
                status: context.dryRun ? 'planned' : 'copied',
                blobs: { ...placement.counts },
                bytesUploaded: placement.bytesUploaded,
                bytesSaved: placement.bytesSaved,
                referrers: outcome.counts,
                referrerKinds: outcome.kinds,
                durationMs: Date.now() - state.started,
            };
        }
    }
}
/**
 * Write a manifest; when the registry says it lacks blobs it was given (distribution 2.8 answers a mount of a sha512
 * blob 201 and links nothing; concurrent writers of one blob can leave its link missing for a moment), upload those
 * blobs and write once more.
 */
async function push_repository_putManifest(context, placement, events, reference, manifest, where = `${context.target.name}: push manifest ${manifest.digest}`) {
    const { target } = context;
    try {
        await target.putManifest(reference, manifest);
        return;
    }
    catch (error) {
        const missing = placedButMissing(error, manifest, placement);
        if (missing.length === 0)
            throw copyError('target', 'push manifest', manifest.digest, where, error);
        for (const blob of missing) {
            placement.mounted.delete(blob.digest);
            await context.transfers(() => uploadBlob(context, blob));
            events.push({ type: 'blob-reuploaded', digest: blob.digest, repository: target.name });
        }
    }
    try {
        await target.putManifest(reference, manifest);
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, where, error);
    }
}
function placedButMissing(error, manifest, placement) {
    const e = error;
    if (typeof e?.unknownBlobs !== 'function')
        return [];
    const named = new Set(e.unknownBlobs());
    const saysUnknown = named.size > 0 || e.hasCode?.('MANIFEST_BLOB_UNKNOWN') === true;
    if (!saysUnknown)
        return [];
    // The blobs the registry names, however they were placed; without names, the mounted ones are the suspects.
    return manifest.blobs.filter((b) => (named.size > 0 ? named.has(b.digest) : placement.mounted.has(b.digest)));
}
/** Dry run: what would happen to one blob, found by asking the target and nothing more. */
async function surveyBlob(target, source, blob, placement) {
    if (await checkBlob(target, blob)) {
        placement.counts.existing++;
        placement.bytesSaved += blob.size;
    }
    else if (target.mountBlob !== undefined && target.location === source.location) {
        placement.counts.mounted++;
        placement.bytesSaved += blob.size;
    }
    else {
        placement.counts.uploaded++;
        placement.bytesUploaded += blob.size;
    }
}
/** Two handles on one repository (the source and a target opened separately). */
function sameStore(a, b) {
    return a.name === b.name && a.location === b.location;
}
function asCopyError(error, store) {
    return error instanceof CopyError ? error : copyError('target', 'upload blob', store.name, store.name, error);
}

;// CONCATENATED MODULE: ./src/merge/errors.ts
// What can be wrong with the parts of a merged index: a source that is not an image or index, a config without a
// platform, two images for one platform, an annotation line that is not key=value. Raised before anything is written.
class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}

;// CONCATENATED MODULE: ./src/merge/assemble.ts
// One index from several sources (per-platform builds, or indexes and images together), built the way
// `docker buildx imagetools create` does but deterministically: the same parts always give the same bytes, so a
// re-run is `unchanged` and two jobs merging the same digests agree.





function assembleIndex(parts, options = {}) {
    if (parts.length === 0)
        throw new MergeError('there is nothing to merge; expected at least one source');
    let entries = parts.flatMap(entriesOf);
    if (options.platforms !== undefined && options.platforms.length > 0)
        entries = assemble_selectPlatforms(entries, options.platforms);
    checkDuplicates(entries);
    const annotations = sortedObject(options.annotations ?? {});
    const hasAnnotations = Object.keys(annotations).length > 0;
    // A Docker manifest list may only list Docker v2 manifests and has no annotations. BuildKit's attestations are
    // OCI manifests, so any attestation makes the result an OCI index: what buildx itself produces when they exist.
    const docker = !hasAnnotations && entries.every((e) => e.descriptor.mediaType === DOCKER_MANIFEST);
    const mediaType = docker ? DOCKER_LIST : OCI_INDEX;
    const json = {
        schemaVersion: 2,
        mediaType,
        manifests: entries.map((e) => e.json),
        ...(hasAnnotations && { annotations }),
    };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    const manifest = parseManifest(bytes, mediaType, digestOf(bytes));
    return {
        manifest,
        entries: entries.map(({ source, descriptor, attestation }) => ({ source, descriptor, attestation })),
        platforms: entries
            .filter((e) => !e.attestation && e.descriptor.platform)
            .map((e) => ({ platform: e.descriptor.platform, source: e.source })),
    };
}
function entriesOf(part) {
    const { source, manifest } = part;
    if (manifest.kind === 'index') {
        const raw = manifest.json['manifests'];
        return manifest.manifests.map((descriptor, i) => ({ source, descriptor, attestation: isAttestation(descriptor), json: raw[i] }));
    }
    if (manifest.config === undefined || !isImageConfig(manifest.config.mediaType)) {
        throw new MergeError(`${source} is not an image or an index: its config is "${manifest.config?.mediaType || 'missing'}"; expected a container image or a multi-platform index`);
    }
    if (part.platform === undefined) {
        throw new MergeError(`${source} is a single image but no platform was read for it; read its config with readPlatform first`);
    }
    const platform = part.platform;
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform };
    // Key order of the OCI Go types (descriptor: mediaType, digest, size, platform), as buildx writes them.
    const json = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform: platformJson(platform) };
    return [{ source, descriptor, attestation: false, json }];
}
/** The platform in the OCI Go type's key order, whatever order the caller built it in: the bytes must not depend on it. */
function platformJson(p) {
    return {
        architecture: p.architecture,
        os: p.os,
        ...(p['os.version'] !== undefined && { 'os.version': p['os.version'] }),
        ...(p['os.features'] !== undefined && p['os.features'].length > 0 && { 'os.features': [...p['os.features']] }),
        ...(p.variant !== undefined && { variant: p.variant }),
    };
}
/**
 * BuildKit's attestation manifests are `unknown/unknown` with `vnd.docker.reference.type: attestation-manifest`; an
 * entry with no platform or an unknown one is no platform either, so it is kept but never compared or listed.
 */
function isAttestation(d) {
    return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || d.platform === undefined || d.platform.os === 'unknown';
}
function assemble_selectPlatforms(entries, wanted) {
    const images = entries.filter((e) => !e.attestation);
    const kept = new Set();
    for (const platform of wanted) {
        const matches = images.filter((e) => platformMatches(platform, e.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((e) => formatPlatform(e.descriptor.platform));
            throw new MergeError(`no source has an image for platform ${formatPlatform(platform)}; they have ${available.join(', ') || 'no platforms'}`);
        }
        for (const match of matches)
            kept.add(match);
    }
    const digests = new Set([...kept].map((e) => e.descriptor.digest));
    // An attestation goes with the image it describes (`vnd.docker.reference.digest`).
    return entries.filter((e) => kept.has(e) || (e.attestation && digests.has(e.descriptor.annotations?.['vnd.docker.reference.digest'] ?? '')));
}
function checkDuplicates(entries) {
    const images = entries.filter((e) => !e.attestation);
    for (const [i, a] of images.entries()) {
        for (const b of images.slice(i + 1)) {
            if (samePlatform(a.descriptor.platform, b.descriptor.platform)) {
                const where = a.source === b.source ? `twice in ${a.source}` : `in both ${a.source} and ${b.source}`;
                throw new MergeError(`platform ${formatPlatform(a.descriptor.platform)} is ${where} (${a.descriptor.digest} and ${b.descriptor.digest}); an index holds one image per platform, so drop one source or select platforms`);
            }
        }
    }
}
/** Same os, architecture and (normalised) variant, and the same os.version and os.features: Windows builds differ there. */
function samePlatform(a, b) {
    return (platformMatches(a, b) &&
        platformMatches(b, a) &&
        a['os.version'] === b['os.version'] &&
        [...(a['os.features'] ?? [])].sort().join(',') === [...(b['os.features'] ?? [])].sort().join(','));
}
function sortedObject(record) {
    return Object.fromEntries(Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]));
}

;// CONCATENATED MODULE: ./src/merge/image-platform.ts


/** Image configs are kilobytes; a larger "config" is not one worth holding in memory. */
const image_platform_MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`, `os.features`).
 * `configJson` is the config's bytes, its text or its parsed object; `sourceText` names the source in errors.
 */
function platformFromConfig(configJson, sourceText) {
    let config = configJson;
    if (typeof configJson === 'string' || configJson instanceof Uint8Array) {
        const text = typeof configJson === 'string' ? configJson : Buffer.from(configJson).toString('utf8');
        try {
            config = JSON.parse(text);
        }
        catch {
            throw new MergeError(`the config of ${sourceText} is not valid JSON; expected an image config`);
        }
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        throw new MergeError(`the config of ${sourceText} is not a JSON object; expected an image config`);
    }
    const c = config;
    const text = (field, required) => {
        const value = c[field];
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== 'string' || value === '') {
            throw new MergeError(value === undefined
                ? `the config of ${sourceText} has no "${field}", so its platform is unknown; expected an image built for one platform, with os and architecture in its config`
                : `the config of ${sourceText} has "${field}": ${JSON.stringify(value)}; expected a non-empty string`);
        }
        return value;
    };
    const os = text('os', true);
    const architecture = text('architecture', true);
    const variant = text('variant', false);
    const osVersion = text('os.version', false);
    const features = c['os.features'];
    if (features !== undefined && !(Array.isArray(features) && features.every((f) => typeof f === 'string'))) {
        throw new MergeError(`the config of ${sourceText} has "os.features": ${JSON.stringify(features)}; expected a list of strings`);
    }
    // Key order as in the OCI spec's Go type (architecture, os, os.version, os.features, variant), as buildx writes it.
    return {
        architecture,
        os,
        ...(osVersion !== undefined && { 'os.version': osVersion }),
        ...(features !== undefined && features.length > 0 && { 'os.features': features }),
        ...(variant !== undefined && { variant }),
    };
}
/**
 * Read an image's config through its store (bounded, verified against its digest by the store's stream) and return
 * its platform. `sourceText` names the source in errors.
 */
async function readPlatform(store, manifest, sourceText) {
    const config = manifest.config;
    if (manifest.kind !== 'image' || config === undefined) {
        throw new MergeError(`${sourceText} is an index (${manifest.mediaType}), not a single image; its entries carry their own platforms`);
    }
    if (!isImageConfig(config.mediaType)) {
        throw new MergeError(`${sourceText} is not a container image: its config is "${config.mediaType || 'without a media type'}"; expected an image or an index to merge`);
    }
    if (config.size > image_platform_MAX_CONFIG_BYTES) {
        throw new MergeError(`the config of ${sourceText} is ${config.size} bytes, over the ${image_platform_MAX_CONFIG_BYTES}-byte limit for an image config`);
    }
    const stream = await store.readBlob(config);
    const chunks = [];
    let length = 0;
    // Reading to the end matters: the store's stream proves the digest only when it ends.
    for await (const chunk of stream) {
        length += chunk.length;
        if (length > image_platform_MAX_CONFIG_BYTES) {
            stream.destroy();
            throw new MergeError(`the config of ${sourceText} is over the ${image_platform_MAX_CONFIG_BYTES}-byte limit for an image config`);
        }
        chunks.push(chunk);
    }
    return platformFromConfig(Buffer.concat(chunks), sourceText);
}

;// CONCATENATED MODULE: ./src/copy/merge-plan.ts
// The plan for one index assembled from several sources (per-platform builds, or indexes and images together):
// each source's manifests and blobs are read from its own store, the new index goes up last.





async function buildMergePlan(parts, options) {
    const indexParts = await Promise.all(parts.map(async ({ endpoint, manifest }) => {
        if (manifest.kind === 'index')
            return { source: endpoint.text, manifest };
        try {
            return { source: endpoint.text, manifest, platform: await readPlatform(endpoint.store, manifest, endpoint.text) };
        }
        catch (error) {
            throw copyError('source', 'plan', manifest.digest, endpoint.text, error);
        }
    }));
    const assembled = assembleIndex(indexParts, {
        ...(options.annotations && { annotations: options.annotations }),
        ...(options.platforms && { platforms: options.platforms }),
    });
    const partOf = new Map(parts.map((p) => [p.endpoint.text, p]));
    const stores = new Map();
    const manifests = new Map();
    const blobs = new Map();
    const foreign = new Map();
    const warnings = [];
    // Each entry's graph, from its own source; the same digest from two sources is read once.
    const children = await Promise.all(assembled.entries.map(async (entry) => {
        const part = partOf.get(entry.source);
        const store = part.endpoint.store;
        const child = entry.descriptor.digest === part.manifest.digest ? part.manifest : await store.getManifest(entry.descriptor.digest);
        return { store, plan: await buildPlan(store, child, undefined) };
    }));
    for (const { store, plan } of children) {
        for (const m of plan.manifests) {
            if (!manifests.has(m.digest))
                manifests.set(m.digest, m);
            if (!stores.has(m.digest))
                stores.set(m.digest, store);
        }
        for (const b of plan.blobs) {
            if (!blobs.has(b.digest))
                blobs.set(b.digest, b);
            if (!stores.has(b.digest))
                stores.set(b.digest, store);
        }
        for (const b of plan.foreignSkipped)
            foreign.set(b.digest, b);
        warnings.push(...plan.warnings);
    }
    const root = assembled.manifest;
    const first = parts[0].endpoint.store;
    return {
        root,
        manifests: [...manifests.values(), root],
        blobs: [...blobs.values()],
        foreignSkipped: [...foreign.values()],
        platforms: assembled.platforms.map((p) => formatPlatform(p.platform)),
        rewritten: false,
        warnings,
        sourceOf: (digest) => stores.get(digest) ?? first,
        merged: assembled.platforms.map((p) => ({ platform: formatPlatform(p.platform), source: p.source })),
    };
}

;// CONCATENATED MODULE: ./src/copy/resolve.ts


async function resolveSource(source) {
    const reference = source.digest ?? source.tag;
    if (reference === undefined)
        throw new Error(`${source.text} names neither a tag nor a digest`);
    // Both given: the digest decides; the tag is asked at the same time only to say when it disagrees.
    const tagCheck = source.digest !== undefined && source.tag !== undefined ? source.store.resolve(source.tag).catch(() => undefined) : undefined;
    let resolved;
    try {
        resolved = await source.store.resolve(reference, { wantBytes: true });
    }
    catch (error) {
        throw copyError('source', 'resolve', reference, source.text, error);
    }
    if (!resolved)
        throw copyError('source', 'resolve', reference, source.text, new NotFoundError(reference, source.store.name));
    const tagged = await tagCheck;
    const warning = tagged && tagged.digest !== resolved.digest
        ? `The source ${source.text} names tag ${source.tag}, which points at ${tagged.digest}, and digest ${source.digest}: copying ${source.digest}, as Docker would; drop the tag or the digest to say which you mean.`
        : undefined;
    return { digest: resolved.digest, manifest: resolved.manifest, warning };
}
/** What the target's tag (or digest) points at now; undefined when nothing does yet. */
async function currentDigest(target) {
    const reference = target.tag ?? target.digest;
    // A file target named by neither (`oci:./out`): the image is added by its digest, whatever is there.
    if (reference === undefined)
        return undefined;
    try {
        return (await target.store.resolve(reference))?.digest;
    }
    catch (error) {
        throw copyError('target', 'resolve', reference, target.text, error);
    }
}

;// CONCATENATED MODULE: ./src/copy/copy.ts










/** Mounts and HEADs in flight at once: the size of the connection pool per host (see the transport). */
const CHECK_CONCURRENCY = 16;
async function copyImage(request) {
    const { logger } = request;
    const sources = request.sources && request.sources.length > 0 ? request.sources : [request.source];
    const merging = sources.length > 1;
    const source = sources[0];
    const sourceText = sources.map((s) => s.text).join(', ');
    const warnings = [];
    // The sources' digests and every target's current digest are independent questions: ask them all at once.
    const sourceAnswers = Promise.all(sources.map(resolveSource));
    sourceAnswers.catch(() => undefined);
    const states = (await request.targets).map((endpoint) => ({ endpoint, started: Date.now(), events: [] }));
    for (const state of states)
        if (state.endpoint.skip !== undefined)
            state.result = skipped(state, state.endpoint.skip);
    // Settled into values at once: a target that fails while the source is still resolving is not an unhandled rejection.
    const targetAnswers = states.map((state) => (state.result ? Promise.resolve(undefined) : currentDigest(state.endpoint)).then((digest) => ({ digest }), (error) => ({ error: error })));
    let resolved;
    try {
        resolved = await sourceAnswers;
        for (const r of resolved)
            if (r.warning)
                warnings.push(r.warning);
    }
    catch (error) {
        await Promise.all(targetAnswers);
        const failure = failureOf(error);
        return {
            source: sourceText,
            sourceDigest: undefined,
            digest: undefined,
            mediaType: undefined,
            targets: states.map((s) => failed(s, failure)),
            warnings,
        };
    }
    const sourceDigest = resolved[0].digest;
    const knownRoot = resolved[0].manifest;
    logger.debug(`Source ${sourceText} is ${resolved.map((r) => r.digest).join(', ')}.`);
    const answers = await Promise.all(targetAnswers);
    states.forEach((state, i) => {
        const answer = answers[i];
        if (state.result)
            return;
        if ('error' in answer)
            state.result = failed(state, failureOf(answer.error));
        else
            state.current = answer.digest;
    });
    const selecting = request.platforms !== undefined && request.platforms.length > 0;
    if (!selecting && !merging) {
        for (const state of states)
            if (!state.result && state.current === sourceDigest)
                state.result = unchanged(state, sourceDigest, []);
    }
    const pending = states.filter((s) => !s.result);
    let plan;
    let merged;
    if (pending.length > 0) {
        try {
            if (merging) {
                const parts = await Promise.all(sources.map(async (endpoint, i) => ({
                    endpoint,
                    manifest: resolved[i].manifest ?? (await endpoint.store.getManifest(resolved[i].digest)),
                })));
                const mergePlan = await buildMergePlan(parts, { annotations: request.annotations, platforms: request.platforms });
                plan = mergePlan;
                merged = mergePlan.merged;
            }
            else {
                const root = knownRoot ?? (await source.store.getManifest(sourceDigest));
                plan = await buildPlan(source.store, root, request.platforms, request.annotations);
            }
        }
        catch (error) {
            const failure = failureOf(copyError('source', 'plan', merging ? sourceText : sourceDigest, sourceText, error));
            for (const state of pending)
                state.result = failed(state, failure);
        }
    }
    if (plan) {
        warnings.push(...plan.warnings);
        if (!merging && !isContainerImage(plan.root)) {
            logger.info(`${source.text} is not a container image (config media type ${plan.root.config?.mediaType || 'none'}, e.g. a Helm chart or other OCI artifact); copying it as is.`);
        }
        if (plan.rewritten) {
            warnings.push(`Selecting platforms ${plan.platforms.join(', ')} produced a new index ${plan.root.digest}; its digest differs from the source's ${sourceDigest}.`);
        }
        if (plan.foreignSkipped.length > 0) {
            const n = plan.foreignSkipped.length;
            warnings.push(`${n} foreign or non-distributable ${n === 1 ? 'layer is' : 'layers are'} not held by ${sourceText} and ${n === 1 ? 'was' : 'were'} left out (${plan.foreignSkipped.map((b) => b.digest).join(', ')}); whoever runs the image fetches ${n === 1 ? 'it from its URL' : 'them from their URLs'}, as with docker push.`);
        }
    }
    const unchangedTargets = states.filter((s) => s.result?.status === 'unchanged');
    const toPush = plan ? pending.filter((s) => !s.result) : [];
    // A target in the source's own repository (a new tag) already holds every referrer of what it gets.
    const elsewhere = [...toPush, ...unchangedTargets].some((s) => merging || !sameStore(s.endpoint.store, source.store));
    const referrers = request.referrers === false || !elsewhere
        ? Promise.resolve([])
        : subjectsToFollow(source, sourceDigest, knownRoot, plan, merging).then((subjects) => discoverAll(subjects, plan?.sourceOf ?? (() => source.store), sourceText));
    // Read by every target that needs it; one that never does must not leave an unhandled rejection behind.
    referrers.catch(() => undefined);
    const context = {
        dryRun: request.dryRun === true,
        transfers: createLimiter(request.concurrency),
        checks: createLimiter(Math.max(request.concurrency, CHECK_CONCURRENCY)),
        retry: request.retry,
        placed: request.placed ?? new Map(),
        mountHints: request.mountHints,
        onProgress: request.onProgress,
        referrers,
        warnings,
    };
    await Promise.all([
        plan ? pushTargets(context, plan, toPush) : undefined,
        ...groupByStore(unchangedTargets).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
    return {
        source: sourceText,
        sourceDigest: merging ? undefined : sourceDigest,
        ...(merged && { merged }),
        digest: plan?.root.digest ?? sourceDigest,
        mediaType: plan?.root.mediaType ?? knownRoot?.mediaType,
        targets: states.map((s) => s.result),
        warnings,
    };
}
async function pushTargets(context, plan, pending) {
    const targetDigest = plan.root.digest;
    const toPush = [];
    const alreadyThere = [];
    const refused = new Set();
    for (const state of pending) {
        const { endpoint } = state;
        if (endpoint.digest !== undefined && endpoint.digest !== targetDigest) {
            const message = `target ${endpoint.text} pins ${endpoint.digest}, but the image to push is ${targetDigest}; a digest target must name the digest being pushed`;
            state.result = failed(state, { side: 'target', operation: 'plan', object: endpoint.digest, message });
            continue;
        }
        if (state.current === targetDigest) {
            state.result = unchanged(state, targetDigest, plan.platforms);
            alreadyThere.push(state);
            continue;
        }
        const decision = overwriteDecision({
            policy: endpoint.overwrite ?? 'always',
            tag: endpoint.tag ?? endpoint.text,
            existingDigest: state.current,
            newDigest: targetDigest,
            floating: endpoint.follows !== undefined,
        });
        if (decision.action === 'fail') {
            refused.add(endpoint.text);
            state.result = failed(state, {
                side: 'target',
                operation: 'tag',
                object: endpoint.tag ?? endpoint.text,
                message: `target ${endpoint.text}: ${decision.error.message}`,
            });
        }
        else {
            toPush.push(state);
        }
    }
    // A release whose own version tag was refused moves none of its floating tags.
    const pushing = toPush.filter((state) => {
        const follows = state.endpoint.follows;
        if (follows === undefined || !refused.has(follows))
            return true;
        state.result = skipped(state, `${state.endpoint.tag} stays where it is: the release's own tag ${follows} was refused`);
        return false;
    });
    // Targets that share a store (a repository) share the blob and child-manifest work; only their tags differ.
    await Promise.all([
        ...groupByStore(pushing).map(([store, group]) => pushToRepository(context, plan, store, group)),
        ...groupByStore(alreadyThere).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
}
/** Referrers of subjects that may live in several stores (an assembled index): each store is asked of its own. */
async function discoverAll(subjects, storeOf, where) {
    const byStore = new Map();
    for (const subject of subjects)
        byStore.set(storeOf(subject), [...(byStore.get(storeOf(subject)) ?? []), subject]);
    const found = await Promise.all([...byStore].map(([store, list]) => discoverReferrers(store, list, where)));
    return found.flat();
}
function groupByStore(states) {
    const groups = new Map();
    for (const state of states)
        groups.set(state.endpoint.store, [...(groups.get(state.endpoint.store) ?? []), state]);
    return [...groups];
}
/**
 * The digests whose referrers follow: every manifest pushed (not an index a platform selection made, which nothing
 * can refer to yet); without a plan (every target unchanged), the source's root and the manifests it lists.
 */
async function subjectsToFollow(source, digest, root, plan, merging) {
    // An index hoist built (a selection of several platforms, or assembled from several sources) is new: nothing refers
    // to it yet. One selected platform's image is the source's own manifest, and its signatures follow it.
    if (plan)
        return plan.manifests.filter((m) => !(m === plan.root && (plan.rewritten || merging))).map((m) => m.digest);
    const manifest = root ?? (await source.store.getManifest(digest));
    return [digest, ...manifest.manifests.map((d) => d.digest)];
}
/** The targets that failed, for the edges' closing line. */
function failedTargets(result) {
    return result.targets.filter((t) => t.status === 'failed');
}

;// CONCATENATED MODULE: ./src/copy/promote.ts







async function promote(options) {
    const onRetry = (event) => {
        options.logger.info(describeRetry(event));
        options.onRetry?.(event);
    };
    const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
    const registries = await openRegistries(registriesOf([...options.sources, ...options.targets]), { ...options, policy });
    const files = [];
    try {
        // Every registry scope is declared as its store opens, before the first request: one token per registry.
        const sources = await Promise.all(options.sources.map((s) => sourceEndpoint(s, registries, files, options)));
        const targetStores = await Promise.all(options.targets.map((t) => targetStore(t, registries, files, options)));
        const written = options.targets.map((t, i) => ({
            store: targetStores[i],
            ...tagOf(t, options.release !== undefined),
        }));
        const result = await copyImage({
            source: sources[0],
            sources,
            // Read beside the sources' resolution: a release asks each repository for its tags first.
            targets: releaseEndpoints(written, options.release, options.overwrite ?? 'always'),
            platforms: options.platforms,
            concurrency: options.concurrency,
            logger: options.logger,
            retry: policy,
            dryRun: options.dryRun,
            onProgress: options.onProgress,
            referrers: options.referrers,
            annotations: options.annotations,
        });
        const notes = files.flatMap((f) => f.notes);
        return { ...result, warnings: [...notes, ...result.warnings], rateLimits: registries.rateLimits() };
    }
    finally {
        // Sources are read-only; a target the engine did not commit is aborted (close is idempotent there).
        await Promise.all(files.map((f) => f.close('abort').catch(() => undefined)));
        await registries.close();
    }
}
async function sourceEndpoint(ref, registries, files, options) {
    if (ref.kind === 'registry') {
        const r = ref.reference;
        return { store: registries.repository(r, 'pull'), tag: r.tag, digest: r.digest, text: ref.text };
    }
    const store = await openFileStore(ref.file, 'read', { logger: options.logger, ...(options.cwd !== undefined && { cwd: options.cwd }) });
    files.push(store);
    // No REF: "the only image inside", which the store resolves from an empty reference.
    return { store, tag: ref.file.reference ?? '', text: ref.text };
}
async function targetStore(ref, registries, files, options) {
    if (ref.kind === 'registry')
        return registries.repository(ref.reference, options.dryRun ? 'pull' : 'push');
    const store = await openFileStore(ref.file, options.dryRun ? 'read' : 'write', {
        logger: options.logger,
        ...(options.cwd !== undefined && { cwd: options.cwd }),
    });
    files.push(store);
    return store;
}
/** The tag (or digest) a target names; none for a repository written alone when a release fills in its tags. */
function tagOf(ref, releasing) {
    if (ref.kind === 'file')
        return { tag: ref.file.reference };
    if (releasing && ref.tagImplied)
        return { tag: undefined };
    return { tag: ref.reference.tag, digest: ref.reference.digest };
}

;// CONCATENATED MODULE: ./src/copy/result-json.ts
function resultEntry(t) {
    return {
        target: t.target,
        digest: t.digest ?? null,
        status: t.status,
        blobs: t.blobs,
        bytesUploaded: t.bytesUploaded,
        durationMs: t.durationMs,
        referrers: t.referrers,
        ...(t.reason !== undefined && { reason: t.reason }),
        ...(t.error !== undefined && { error: t.error }),
    };
}

;// CONCATENATED MODULE: ./src/merge/annotations.ts
// Annotations for an index hoist builds, as the user writes them: one `key=value` per line (`annotations` input, or
// one per `--annotation` flag). Split at the first `=`: values may hold `=` and commas, so the caller must split the
// input by lines only, never by commas.

function parseAnnotations(lines) {
    // A Map, not an object literal: a key such as `__proto__` must stay a plain key.
    const annotations = new Map();
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new MergeError(`annotation "${line}" has no "="; expected key=value, e.g. org.opencontainers.image.description=My app`);
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === '')
            throw new MergeError(`annotation "${line}" has an empty key; expected key=value, e.g. org.opencontainers.image.licenses=MIT`);
        const earlier = annotations.get(key);
        if (earlier !== undefined) {
            throw new MergeError(`annotation "${key}" is given twice ("${key}=${earlier}" and "${line.trim()}"); expected each key once`);
        }
        annotations.set(key, value);
    }
    return Object.fromEntries(annotations);
}

;// CONCATENATED MODULE: ./src/cli/text-table.ts
// Plain-text columns for terminals: each column as wide as its widest cell, two spaces between.
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows].map((r) => header
        .map((_, i) => (r[i] ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./src/cli/copy-report.ts


const copy_report_HEADER = ['TARGET', 'STATUS', 'DIGEST', 'MOUNTED', 'EXISTING', 'UPLOADED', 'BYTES', 'TIME'];
/** Statuses whose counts are the repository's blob work (a failed or unchanged target placed nothing of its own). */
const DID_BLOB_WORK = new Set(['copied', 'planned']);
const repositoryOf = (t) => t.repository;
/**
 * Per target, in order: undefined when its row shows its own blob work, or the target (as text) whose row already
 * shows the work it shares: the first target of the same repository that did blob work.
 */
function sharedWorkOwners(targets) {
    const first = new Map();
    return targets.map((t) => {
        if (!DID_BLOB_WORK.has(t.status))
            return undefined;
        const owner = first.get(repositoryOf(t));
        if (owner === undefined)
            first.set(repositoryOf(t), t.target);
        return owner;
    });
}
/** Sums over targets, each repository's shared blob work counted once. */
function copyTotals(targets) {
    const owners = sharedWorkOwners(targets);
    const own = targets.filter((_, i) => owners[i] === undefined);
    const sum = (pick) => own.reduce((total, t) => total + pick(t), 0);
    return {
        repositories: new Set(targets.map(repositoryOf)).size,
        mounted: sum((t) => t.blobs.mounted),
        existing: sum((t) => t.blobs.existing),
        uploaded: sum((t) => t.blobs.uploaded),
        bytesUploaded: sum((t) => t.bytesUploaded),
        bytesSaved: sum((t) => t.bytesSaved),
    };
}
/** A plain-text table of the result, for terminals and the demo. */
function copyReport(result) {
    const lines = [`Source ${result.source} @ ${result.sourceDigest ?? 'unresolved'}`];
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    const owners = sharedWorkOwners(result.targets);
    const rows = result.targets.map((t, i) => {
        const owner = owners[i];
        const work = owner === undefined
            ? [String(t.blobs.mounted), String(t.blobs.existing), String(t.blobs.uploaded), formatBytes(t.bytesUploaded)]
            : ['-', '-', '-', '-'];
        const row = [
            t.target,
            t.status === 'planned' ? 'would copy' : t.status,
            t.digest ? t.digest.slice(0, 19) : '-',
            ...work,
            `${(t.durationMs / 1000).toFixed(1)}s`,
        ];
        return owner === undefined ? row : [...row, `shared with ${owner}`];
    });
    const totals = copyTotals(result.targets);
    if (result.targets.length > 1) {
        const label = `total (${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'})`;
        rows.push([label, '', '', String(totals.mounted), String(totals.existing), String(totals.uploaded), formatBytes(totals.bytesUploaded)]);
    }
    const header = owners.some((o) => o !== undefined) ? [...copy_report_HEADER, 'NOTE'] : copy_report_HEADER;
    lines.push(...textTable(header, rows));
    if (totals.bytesSaved > 0)
        lines.push(`${formatBytes(totals.bytesSaved)} not transferred thanks to mounts and blobs already present.`);
    // Tags of one repository pin the same registry/repository@digest: say it once.
    const pinned = new Set(result.targets.flatMap((t) => (t.pinned && t.status !== 'failed' ? [t.pinned] : [])));
    for (const p of pinned)
        lines.push(`pinned: ${p}`);
    for (const r of result.rateLimits)
        lines.push(`${r.registry}: ${r.remaining} of ${r.limit} pulls left`);
    for (const t of result.targets)
        if (t.error)
            lines.push(`error: ${t.error}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./node_modules/cli-progress/cli-progress.js
var cli_progress = __nccwpck_require__(8502);
var cli_progress_default = /*#__PURE__*/__nccwpck_require__.n(cli_progress);
;// CONCATENATED MODULE: ./src/cli/progress-bar.ts
// A live progress bar for terminals: one bar per blob being uploaded, removed when it finishes.


function terminalProgress(stream) {
    const bars = new (cli_progress_default()).MultiBar({
        stream,
        clearOnComplete: true,
        hideCursor: true,
        format: ' {name} [{bar}] {percentage}% {done}/{size} {speed}',
        barsize: 24,
        fps: 5,
    }, (cli_progress_default()).Presets.shades_classic);
    const active = new Map();
    return {
        onProgress(event) {
            const key = `${event.repository} ${event.digest}`;
            if (event.phase === 'start') {
                const bar = bars.create(event.size, 0, {
                    name: `${event.repository} ${event.digest.slice(7, 19)}`,
                    done: '0 B',
                    size: formatBytes(event.size),
                    speed: '',
                });
                active.set(key, { bar, started: Date.now() });
                return;
            }
            const entry = active.get(key);
            if (!entry)
                return;
            const seconds = Math.max((Date.now() - entry.started) / 1000, 0.001);
            entry.bar.update(event.bytesDone, { done: formatBytes(event.bytesDone), speed: formatRate(event.bytesDone, seconds) });
            if (event.phase === 'done') {
                bars.remove(entry.bar);
                active.delete(key);
            }
        },
        stop() {
            bars.stop();
        },
    };
}

;// CONCATENATED MODULE: ./src/defaults.ts
// Defaults that several edges state (action.yml's docs, the action's inputs, the CLI's flags): defined once here;
// a test holds action.yml and the README to them.
/** Parallel blob transfers when the user does not say. */
const DEFAULT_CONCURRENCY = 8;
/** More than this many transfers at once only queues on the registries' connection limits. */
const MAX_CONCURRENCY = 64;

;// CONCATENATED MODULE: ./src/cli/usage.ts
// The command line's grammar: which commands exist, which options each takes, and the help that says so.


/** Bad usage: main() prints it with a pointer to the command's help and exits 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const COMMAND_NAMES = ['copy', 'merge', 'inspect', 'tags', 'sync'];
function isCommandName(name) {
    return COMMAND_NAMES.includes(name);
}
const OPTIONS = {
    platform: { type: 'string', multiple: true },
    concurrency: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    registry: { type: 'string' },
    filter: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-referrers': { type: 'boolean' },
    version: { type: 'string' },
    'floating-tags': { type: 'string' },
    overwrite: { type: 'string' },
    to: { type: 'string', multiple: true },
    annotation: { type: 'string', multiple: true },
    plan: { type: 'string' },
    shard: { type: 'string' },
    strict: { type: 'boolean' },
    'blob-locations': { type: 'string' },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const SHARED = ['insecure', 'username', 'password-stdin', 'registry', 'json', 'debug', 'help'];
const ALLOWED = {
    copy: new Set(['platform', 'concurrency', 'dry-run', 'no-referrers', 'version', 'floating-tags', 'overwrite', ...SHARED]),
    merge: new Set([
        'to',
        'annotation',
        'platform',
        'concurrency',
        'dry-run',
        'no-referrers',
        'version',
        'floating-tags',
        'overwrite',
        ...SHARED,
    ]),
    inspect: new Set(['platform', ...SHARED]),
    tags: new Set(['filter', ...SHARED]),
    sync: new Set(['dry-run', 'plan', 'shard', 'strict', 'blob-locations', ...SHARED]),
};
/** Split argv into options and positionals; throws parseArgs' own error (it names the unknown option). */
function parseCommandLine(argv) {
    return (0,external_node_util_.parseArgs)({ args: [...argv], allowPositionals: true, options: OPTIONS });
}
/** Throws UsageError when an option was given that `command` does not take. */
function checkOptions(command, values) {
    for (const name of Object.keys(values)) {
        if (!ALLOWED[command].has(name))
            throw new UsageError(`--${name} is not an option of "hoist ${command}"`);
    }
}
const COMMON = `Credentials come from Docker's config.json ($DOCKER_CONFIG or ~/.docker), as "docker login" writes it,
or from --username with --password-stdin (for --registry, default: the first target's registry).
Exit codes: 0 done, 1 failed, 2 bad usage.`;
const MAIN_HELP = `Usage: hoist <command> [options]

Commands:
  copy SOURCE TARGET...   copy an image, pushing only what each target lacks and keeping every digest
  merge SOURCE... --to T  one multi-platform index from per-platform images (and indexes), pushed to T
  inspect REF             digest, media type, platforms, layers and sizes, and the image history
  tags REF                the repository's tags
  sync CONFIG             mirror repositories by tag filters, as a sync config says; shardable over a matrix

Run "hoist <command> --help" for a command's options.`;
const COMMAND_HELP = {
    copy: `Usage: hoist copy SOURCE TARGET... [options]

Copy an image between OCI registries: blobs the target has are skipped, blobs elsewhere in the same registry are
mounted, the rest are streamed and verified; manifests keep their exact bytes, so digests do not change.
Targets in one repository share their blob work: the table shows it on the first of them.

Options:
  --platform LIST          keep only these platforms of a multi-platform source (os/arch[/variant], comma-separated)
  --dry-run                ask the targets what they have and report what would move; write nothing
  --no-referrers           do not copy signatures, attestations and SBOMs that refer to the image
  --version VERSION        a release (semver, e.g. v1.2.3): a TARGET written without a tag gets the version's tags
  --floating-tags LIST     with --version: minor,major,latest (default), a subset, or none
  --overwrite POLICY       always (default), or never: a tag that points at other bytes fails its target
  --concurrency N          parallel blob transfers, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY})
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER          username for --registry; the password is read from stdin with --password-stdin
  --password-stdin         read the password (or token) from standard input
  --registry REGISTRY      the registry --username is for (default: the first target's)
  --json                   print the result as JSON (the action's "result" output)
  --debug                  print per-blob detail
  -h, --help               show this help

${COMMON}`,
    merge: `Usage: hoist merge SOURCE... --to TARGET [--to TARGET ...] [options]

Build one multi-platform index from per-platform images (their platform is read from each config) and indexes
(all their entries, attestations included), in the order given, and push it to every TARGET with the content of
each source. The same sources always give the same index, so a re-run is unchanged. Sources may live in any
registries and files (oci:DIR, oci-archive:FILE, docker-archive:FILE).

Options:
  --to TARGET              where the index goes (repeatable)
  --annotation KEY=VALUE   an annotation on the index, e.g. org.opencontainers.image.description=… (repeatable)
  --platform LIST          keep only these platforms of the merged set
  --dry-run, --no-referrers, --version, --floating-tags, --overwrite, --concurrency   as for copy
  --insecure REGISTRY, --username USER, --password-stdin, --registry REGISTRY, --json, --debug   as for copy
  -h, --help               show this help

${COMMON}`,
    inspect: `Usage: hoist inspect REF [options]

Show an image: digest, media type, platforms, and per image its layers, sizes and history.

Options:
  --platform PLATFORM      only this platform of a multi-platform image
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print JSON
  -h, --help               show this help

${COMMON}`,
    sync: `Usage: hoist sync CONFIG [options]

Mirror repositories as the YAML sync config says (entries of source, target, tags filters, platforms, referrers,
concurrency, prune). An unchanged tag costs one HEAD on each side; only what differs is read and copied, tags of one
digest together, and a blob crosses the wire once per target registry. A source that reports a pull allowance
(Docker Hub's ratelimit-remaining) is never exhausted: the run stops short, says what it left, and succeeds.
prune: true deletes target tags the selection no longer holds; a registry deletes by digest, so a tag that shares
its digest with a kept tag stays (and is listed as kept).

Options:
  --dry-run                list what would be copied and pruned; write nothing
  --plan N                 print the matrix for N shards ({"include":[{"shard":"1/N"},…]}), with the split on stderr
  --shard I/N              sync shard I of N (1-based); every job of a matrix computes the same split
  --strict                 exit 1 when the pull allowance stopped the run
  --blob-locations FILE    remember which target repositories hold which blobs (read, then rewritten), so a new
                           repository mounts shared layers from its siblings; the action keeps it in @actions/cache
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy (default: the first target's registry)
  --json                   print the result as JSON (with --plan: the whole plan, matrix included)
  --debug                  print per-blob detail
  -h, --help               show this help

Exit codes: 0 done, 1 a tag failed (or --strict and the allowance stopped the run), 2 bad usage or a bad config.`,
    tags: `Usage: hoist tags REF [options]

List a repository's tags (all pages), optionally filtered.

Options:
  --filter REGEX           only tags matching this regular expression
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print a JSON array
  -h, --help               show this help

${COMMON}`,
};

;// CONCATENATED MODULE: ./src/cli/values.ts
// Option and argument text turned into the engine's typed values; anything malformed becomes a UsageError that
// quotes it, before any request is sent.






/** Runs a parser of ours and turns its error (already a sentence quoting the value) into bad usage. */
function asUsage(parseValue) {
    try {
        return parseValue();
    }
    catch (error) {
        throw new UsageError(error.message.replace(/\.$/, ''));
    }
}
function referenceArgument(text) {
    return asUsage(() => parseReference(text));
}
/** A registry reference or a file (`oci:`, `oci-archive:`, `docker-archive:`). */
function imageArgument(text) {
    return asUsage(() => parseImageReference(text));
}
/** Every --platform, each a comma list; undefined when none was given. */
function platformOptions(values) {
    return values.platform?.flatMap(splitList).map((p) => asUsage(() => parsePlatform(p)));
}
function concurrencyOption(values) {
    const text = values.concurrency;
    if (text === undefined)
        return DEFAULT_CONCURRENCY;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > MAX_CONCURRENCY) {
        throw new UsageError(`--concurrency "${text}" is not a whole number from 1 to ${MAX_CONCURRENCY}`);
    }
    return value;
}
function insecureOption(values) {
    return new Set((values.insecure ?? []).flatMap(splitList).map((r) => asUsage(() => normaliseRegistry(r))));
}
/** --username with --password-stdin, for --registry or else `defaultRegistry`; none when neither was given. */
async function explicitCredentials(values, defaultRegistry, io) {
    if (values.username === undefined && !values['password-stdin'])
        return [];
    if (values.username === undefined || !values['password-stdin'])
        throw new UsageError('--username and --password-stdin go together');
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (password === '')
        throw new UsageError('--password-stdin read an empty password');
    const registry = values.registry === undefined ? defaultRegistry : asUsage(() => normaliseRegistry(values.registry));
    return [{ registry, username: values.username, password }];
}

;// CONCATENATED MODULE: ./src/cli/copy-command.ts










async function copyCommand(args, values, io, logger) {
    if (args.length < 2)
        throw new UsageError('copy needs a SOURCE and at least one TARGET');
    const [sourceText, ...targetTexts] = args;
    return runCopy([imageArgument(sourceText)], targetTexts.map(imageArgument), values, io, logger);
}
async function mergeCommand(args, values, io, logger) {
    if (args.length < 1)
        throw new UsageError('merge needs at least one SOURCE');
    if (!values.to || values.to.length === 0)
        throw new UsageError('merge needs at least one --to TARGET');
    return runCopy(args.map(imageArgument), values.to.map(imageArgument), values, io, logger);
}
async function runCopy(sources, targets, values, io, logger) {
    const platforms = platformOptions(values);
    const concurrency = concurrencyOption(values);
    const insecureRegistries = insecureOption(values);
    const annotations = values.annotation ? asUsage(() => parseAnnotations(values.annotation)) : undefined;
    if (annotations && sources.length === 1 && (platforms === undefined || platforms.length < 2)) {
        throw new UsageError('--annotation applies to an index hoist builds (several sources, or several --platform); a plain copy keeps the source’s bytes and digest');
    }
    if (values['floating-tags'] !== undefined && values.version === undefined)
        throw new UsageError('--floating-tags needs --version');
    const release = values.version === undefined
        ? undefined
        : {
            version: asUsage(() => parseVersion(values.version)),
            floating: asUsage(() => parseFloatingTags(values['floating-tags'] ?? '')),
        };
    const overwrite = asUsage(() => parseOverwrite(values.overwrite ?? ''));
    const firstRegistry = [...targets, ...sources].find((r) => r.kind === 'registry');
    const explicit = firstRegistry?.kind === 'registry' ? await explicitCredentials(values, firstRegistry.reference.registry, io) : [];
    for (const t of targets) {
        if (t.kind === 'registry' && t.tagImplied && !release)
            logger.info(`${t.text}: no tag was written, so the tag is latest.`);
    }
    // A bar only where someone watches it: a terminal, with no JSON or debug lines to interleave with.
    const bar = io.stderr.isTTY && !values.json && !values.debug ? terminalProgress(io.stderr) : undefined;
    let result;
    try {
        result = await promote({
            sources,
            targets,
            platforms,
            concurrency,
            credentials: { explicit },
            insecureRegistries,
            logger,
            secret: () => { },
            dryRun: values['dry-run'] === true,
            referrers: values['no-referrers'] !== true,
            annotations,
            release,
            overwrite,
            ...(bar && { onProgress: (event) => bar.onProgress(event) }),
        });
    }
    finally {
        bar?.stop();
    }
    io.stdout.write(values.json ? `${JSON.stringify(result.targets.map(resultEntry), null, 2)}\n` : copyReport(result));
    return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/inspect.ts

const inspect_MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/** `reference` is a tag or digest in `store`; `text` is how the user wrote the whole reference. */
async function inspectImage(store, reference, text, platform) {
    const root = await store.getManifest(reference);
    let images;
    if (root.kind === 'index') {
        const entries = root.manifests.filter((d) => d.platform?.os !== 'unknown' && (!platform || (d.platform && platformMatches(platform, d.platform))));
        if (platform && entries.length === 0) {
            const have = root.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform));
            throw new Error(`${text} has no image for platform ${formatPlatform(platform)}; it has ${have.join(', ')}`);
        }
        images = await Promise.all(entries.map((d) => store.getManifest(d.digest)));
    }
    else {
        images = [root];
    }
    return {
        reference: text,
        digest: root.digest,
        mediaType: root.mediaType,
        manifests: root.manifests.map((d) => ({
            digest: d.digest,
            platform: d.platform ? formatPlatform(d.platform) : undefined,
            size: d.size,
            mediaType: d.mediaType,
        })),
        images: await Promise.all(images.map((image) => details(store, image))),
    };
}
async function details(store, image) {
    const layers = image.blobs.slice(1).map((b) => ({ digest: b.digest, size: b.size, mediaType: b.mediaType }));
    let config = {};
    if (image.config && image.config.size <= inspect_MAX_CONFIG_BYTES && image.config.mediaType.endsWith('json')) {
        const chunks = [];
        for await (const chunk of await store.readBlob(image.config))
            chunks.push(chunk);
        try {
            config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        }
        catch {
            config = {};
        }
    }
    const history = Array.isArray(config['history']) ? config['history'] : [];
    const os = typeof config['os'] === 'string' ? config['os'] : undefined;
    const architecture = typeof config['architecture'] === 'string' ? config['architecture'] : undefined;
    const variant = typeof config['variant'] === 'string' ? config['variant'] : undefined;
    return {
        digest: image.digest,
        mediaType: image.mediaType,
        platform: os && architecture ? formatPlatform({ os, architecture, ...(variant && { variant }) }) : undefined,
        created: typeof config['created'] === 'string' ? config['created'] : undefined,
        config: image.config ? { digest: image.config.digest, size: image.config.size, mediaType: image.config.mediaType } : undefined,
        layers,
        size: layers.reduce((sum, l) => sum + l.size, 0) + (image.config?.size ?? 0),
        history: history.map((h) => ({
            ...(typeof h['created'] === 'string' && { created: h['created'] }),
            ...(typeof h['created_by'] === 'string' && { createdBy: h['created_by'] }),
            ...(h['empty_layer'] === true && { emptyLayer: true }),
            ...(typeof h['comment'] === 'string' && { comment: h['comment'] }),
        })),
    };
}

;// CONCATENATED MODULE: ./src/cli/inspect-report.ts
// hoist inspect's text output: the image's identity, its platforms, and per image its layers and history.


const indent = (prefix) => (line) => `${prefix}${line}`;
function inspectReport(result) {
    const lines = [`${result.reference}`, `Digest:     ${result.digest}`, `Media type: ${result.mediaType}`];
    if (result.manifests.length > 0) {
        const rows = result.manifests.map((m) => [m.platform ?? '-', m.digest, formatBytes(m.size)]);
        lines.push('Platforms:', ...textTable(['PLATFORM', 'DIGEST', 'SIZE'], rows).map(indent('  ')));
    }
    for (const image of result.images) {
        const created = image.created ? `  created ${image.created}` : '';
        lines.push('', `${image.platform ?? 'image'} ${image.digest}${created}  ${formatBytes(image.size)}`);
        const layers = image.layers.map((l) => [l.digest, formatBytes(l.size), l.mediaType]);
        lines.push(...textTable(['LAYER', 'SIZE', 'MEDIA TYPE'], layers).map(indent('  ')));
        if (image.history.length > 0) {
            const history = image.history.map((h) => [
                h.created ?? '-',
                (h.createdBy ?? h.comment ?? '').replace(/\s+/g, ' ').slice(0, 80),
                h.emptyLayer ? '(empty)' : '',
            ]);
            lines.push('  History:', ...textTable(['CREATED', 'CREATED BY', 'LAYER'], history).map(indent('    ')));
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/registry-session.ts



async function withStore(ref, values, io, logger, use) {
    if (ref.kind === 'file') {
        const store = await openFileStore(ref.file, 'read', { logger });
        try {
            return await use(store);
        }
        finally {
            await store.close('abort');
        }
    }
    const registry = ref.reference.registry;
    const explicit = await explicitCredentials(values, registry, io);
    const registries = await openRegistries([registry], {
        credentials: { explicit },
        insecureRegistries: insecureOption(values),
        logger,
        secret: () => { },
    });
    try {
        return await use(registries.repository(ref.reference, 'pull'));
    }
    finally {
        await registries.close();
    }
}
/** The tag or digest a reference names inside its store ('' for a file's only image). */
function referenceIn(ref) {
    return ref.kind === 'file' ? (ref.file.reference ?? '') : (ref.reference.digest ?? ref.reference.tag);
}

;// CONCATENATED MODULE: ./src/cli/inspect-command.ts
// hoist inspect REF: what an image holds (digest, platforms, layers, history), as text or JSON.





async function inspectCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new UsageError('inspect needs exactly one image reference');
    const ref = imageArgument(args[0]);
    const platforms = platformOptions(values) ?? [];
    if (platforms.length > 1)
        throw new UsageError('inspect takes one --platform');
    const result = await withStore(ref, values, io, logger, (store) => inspectImage(store, referenceIn(ref), ref.text, platforms[0]));
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : inspectReport(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/io.ts
const processIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    },
};
/** Everything the engine says goes to stderr, so stdout holds only the result (a table or JSON). */
function consoleLogger(io, debug) {
    return {
        debug: (m) => {
            if (debug)
                io.stderr.write(`  ${m}\n`);
        },
        info: (m) => io.stderr.write(`${m}\n`),
        warning: (m) => io.stderr.write(`warning: ${m}\n`),
        error: (m) => io.stderr.write(`error: ${m}\n`),
    };
}

;// CONCATENATED MODULE: ./src/sync/blob-locations.ts
// Which target repositories hold which blobs, remembered across runs (the action saves it with @actions/cache), so a
// repository mirrored for the first time mounts the base layers its siblings already hold instead of uploading
// them, as Docker's own push does ("Mounted from library/…"). Only a hint: a failed mount falls back to the upload.
// The file is JSON, bounded: the most recently recorded MAX_BLOB_LOCATIONS blobs are kept, older ones forgotten.
/** Enough for dozens of repositories of hundreds of images; a few MiB of JSON at most. */
const MAX_BLOB_LOCATIONS = 20_000;
/** Sibling repositories per registry a run may mount from. */
const MAX_HINT_REPOSITORIES = 50;
/** Version of the file format; a file of another version is ignored (and rewritten). */
const BLOB_LOCATIONS_VERSION = 1;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
class BlobLocations {
    /** `registry digest` → repository, oldest first (Map keeps insertion order; a new record moves to the end). */
    #entries = new Map();
    #limit;
    constructor(limit = MAX_BLOB_LOCATIONS) {
        this.#limit = limit;
    }
    /**
     * Read a saved file. A file that is not one (damaged, another version) gives an empty memory and the reason:
     * a cache is never a reason to fail a sync.
     */
    static parse(text, limit = MAX_BLOB_LOCATIONS) {
        const locations = new BlobLocations(limit);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            return { locations, problem: `the blob locations file is not JSON (${error.message}); starting afresh` };
        }
        const file = json;
        if (typeof file !== 'object' || file === null || file.version !== BLOB_LOCATIONS_VERSION || typeof file.registries !== 'object') {
            return { locations, problem: `the blob locations file is not version ${BLOB_LOCATIONS_VERSION} of the format; starting afresh` };
        }
        for (const [registry, blobs] of Object.entries(file.registries ?? {})) {
            if (typeof blobs !== 'object' || blobs === null)
                continue;
            for (const [digest, repository] of Object.entries(blobs)) {
                if (typeof repository === 'string' && repository !== '' && DIGEST.test(digest))
                    locations.record(registry, digest, repository);
            }
        }
        return { locations };
    }
    get size() {
        return this.#entries.size;
    }
    /** A repository of `registry` known to hold `digest`. */
    find(registry, digest) {
        return this.#entries.get(`${registry} ${digest}`);
    }
    /** `repository` of `registry` holds `digest` now; the oldest record goes when over the limit. */
    record(registry, digest, repository) {
        const key = `${registry} ${digest}`;
        this.#entries.delete(key);
        this.#entries.set(key, repository);
        if (this.#entries.size > this.#limit)
            this.#entries.delete(this.#entries.keys().next().value);
    }
    /**
     * Repositories named for `registry`, most recently recorded first, at most `limit`: their stores are opened (and
     * their pull scope declared, one token for all) up front, so the list stays short enough for a token request.
     */
    repositories(registry, limit = MAX_HINT_REPOSITORIES) {
        const names = new Set();
        const entries = [...this.#entries];
        for (let i = entries.length - 1; i >= 0 && names.size < limit; i--) {
            const [key, repository] = entries[i];
            if (key.startsWith(`${registry} `))
                names.add(repository);
        }
        return [...names];
    }
    toFile() {
        const registries = {};
        for (const [key, repository] of this.#entries) {
            const space = key.indexOf(' ');
            const registry = key.slice(0, space);
            (registries[registry] ??= {})[key.slice(space + 1)] = repository;
        }
        return { version: BLOB_LOCATIONS_VERSION, registries };
    }
    toJSON() {
        return JSON.stringify(this.toFile());
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/sync/tag-selection.ts
// Which of a repository's tags a sync entry mirrors. The filters follow skopeo sync where users know it (regexes are
// searched, not anchored) and npm's `semver` for ranges; `latest` is applied last, to what the others kept.
// Order of the result: versions highest first (tags naming the same version by their text), then every other tag
// in code-unit order, so a plan and its shards read the same on every runner.


/** A filter that cannot be applied; the message quotes the value and says what was expected. */
class TagFilterError extends Error {
    /** Which filter: `semver`, `include`, `exclude` or `latest`. */
    key;
    constructor(key, message) {
        super(message);
        this.name = 'TagFilterError';
        this.key = key;
    }
}
/** Throws TagFilterError for the first filter that cannot be applied: the config checks with it before any run. */
function checkTagFilter(filter) {
    compile(filter);
}
/** The tags the filter selects, all filters together; no filter selects every tag. Duplicates are kept once. */
function selectTags(tags, filter) {
    const compiled = compile(filter);
    const versions = [];
    const others = [];
    for (const tag of new Set(tags)) {
        if (compiled.include !== undefined && !compiled.include.test(tag))
            continue;
        if (compiled.exclude?.test(tag))
            continue;
        const version = versionOfTag(tag);
        if (compiled.range !== undefined && (version === undefined || !(0,semver.satisfies)(version.semver, compiled.range)))
            continue;
        if (version === undefined)
            others.push(tag);
        else
            versions.push({ tag, version });
    }
    versions.sort((a, b) => compareVersions(b.version, a.version) || byCodeUnit(a.tag, b.tag));
    others.sort(byCodeUnit);
    if (compiled.latest === undefined)
        return [...versions.map((v) => v.tag), ...others];
    return highestReleases(versions, compiled.latest);
}
/**
 * The first `count` distinct release versions of a list sorted highest first. Tags naming the same version
 * (`1.2.3` and `v1.2.3`) count as one version, and both are kept: they are the same release under two names.
 */
function highestReleases(sorted, count) {
    const kept = [];
    let distinct = 0;
    let previous;
    for (const { tag, version } of sorted) {
        if (version.prerelease)
            continue;
        if (version.semver !== previous) {
            if (distinct === count)
                break;
            distinct += 1;
            previous = version.semver;
        }
        kept.push(tag);
    }
    return kept;
}
function compile(filter) {
    const compiled = {};
    if (filter.semver !== undefined) {
        // validRange("") is "*": an empty range is almost always a mistake, so it is refused rather than matching all.
        const range = filter.semver.trim() === '' ? null : (0,semver.validRange)(filter.semver);
        if (range === null) {
            throw new TagFilterError('semver', `semver range "${filter.semver}" is not valid; expected a range as npm's semver reads it, e.g. ">=1.25 <2", "^1.2" or "1.x"`);
        }
        compiled.range = range;
    }
    if (filter.include !== undefined)
        compiled.include = regex('include', filter.include);
    if (filter.exclude !== undefined)
        compiled.exclude = regex('exclude', filter.exclude);
    if (filter.latest !== undefined) {
        if (!Number.isSafeInteger(filter.latest) || filter.latest < 1) {
            throw new TagFilterError('latest', `"latest" must be a whole number of at least 1, got ${String(filter.latest)}`);
        }
        compiled.latest = filter.latest;
    }
    return compiled;
}
function regex(key, text) {
    if (text === '') {
        throw new TagFilterError(key, `"${key}" is empty; expected a regular expression searched in each tag, e.g. "^1\\.2" or "-alpine$"`);
    }
    try {
        // No flags: `g` would make test() stateful, and `u` refuses escapes such as `\-` that Go's regexp (skopeo) takes.
        return new RegExp(text);
    }
    catch (error) {
        throw new TagFilterError(key, `"${key}" regular expression "${text}" is not valid: ${error.message}`);
    }
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sync/yaml-fields.ts
// Reading a YAML document field by field with the position of each node, so every complaint about a config says
// file:line:column and what was expected there. The `yaml` package parses; this only checks shapes and types.

/** A config that cannot be used, with where in the file and what was expected there. */
class SyncConfigError extends Error {
    file;
    line;
    column;
    constructor(file, line, column, message) {
        super(`${file}:${line}:${column}: ${message}`);
        this.name = 'SyncConfigError';
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
class YamlFields {
    file;
    root;
    #lines = new dist/* LineCounter */.HN();
    #doc;
    constructor(text, file) {
        this.file = file;
        this.#doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
        const [problem] = this.#doc.errors;
        if (problem !== undefined)
            this.#failAt(problem.pos[0], `${problem.message.replace(/\.$/, '')} (not valid YAML)`);
        this.root = this.#resolve(this.#doc.contents);
    }
    /** The line a node starts on (1-based). */
    lineOf(node) {
        return this.#lines.linePos(node?.range?.[0] ?? 0).line;
    }
    fail(node, message) {
        return this.#failAt(node?.range?.[0] ?? 0, message);
    }
    /** A mapping with only the keys listed; an unknown key is an error naming it and the keys expected. */
    map(node, what, allowed) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} must be a mapping (key: value), got ${describe(node)}`);
        const fields = new Map();
        for (const pair of node.items) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string')
                this.fail(key, `${what} has a key that is not a name, ${describe(key)}`);
            const name = key.value;
            if (!allowed.includes(name)) {
                this.fail(key, `unknown key "${name}" in ${what}; expected one of ${allowed.join(', ')}`);
            }
            fields.set(name, { key, value: this.#resolve(pair.value) });
        }
        return fields;
    }
    /** A list of nodes. */
    list(node, what) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, `${what} must be a list, got ${describe(node)}`);
        return node.items.map((item) => this.#resolve(item));
    }
    /** A string as written: a plain `1.10` stays "1.10" (YAML would read the number 1.1), so ranges survive. */
    text(node, what) {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (typeof node.value === 'string')
                return node.value;
            if (typeof node.value === 'number' && typeof node.source === 'string')
                return node.source;
        }
        return this.fail(node, `${what} must be a string, got ${describe(node)}`);
    }
    boolean(node, what) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.fail(node, `${what} must be true or false, got ${describe(node)}`);
    }
    /** A whole number from `min` to `max`. */
    wholeNumber(node, what, min, max = Number.MAX_SAFE_INTEGER) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && Number.isSafeInteger(node.value) && node.value >= min && node.value <= max) {
            return node.value;
        }
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        return this.fail(node, `${what} must be a whole number ${range}, got ${describe(node)}`);
    }
    #failAt(offset, message) {
        const { line, col } = this.#lines.linePos(offset);
        throw new SyncConfigError(this.file, line, col, message);
    }
    /** Aliases (`*defaults`) read as the node they name; one naming no anchor is an error. */
    #resolve(node) {
        if (node === undefined || node === null)
            return null;
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        const target = node.resolve(this.#doc);
        if (target === undefined)
            this.fail(node, `alias "*${node.source}" names no anchor defined before it`);
        return target;
    }
}
/** How a value reads in an error: quoted as written for scalars, the kind of thing otherwise. */
function describe(node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return 'nothing';
    if ((0,dist/* isScalar */.jn)(node)) {
        const written = typeof node.source === 'string' ? node.source : String(node.value);
        return JSON.stringify(written);
    }
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    return 'something else';
}

;// CONCATENATED MODULE: ./src/sync/config.ts
// The sync config (`mirror.yml`): which repositories to mirror where, which tags, and how. Everything is checked
// here, before any registry is asked: a run either has a config it can carry out or an error naming file:line:col.







const TOP_KEYS = ['defaults', 'sync'];
const DEFAULT_KEYS = ['platforms', 'referrers', 'concurrency'];
const ENTRY_KEYS = ['source', 'target', 'repositories', 'tags', 'platforms', 'referrers', 'concurrency', 'prune'];
const TAG_KEYS = ['semver', 'include', 'exclude', 'latest'];
const BUILT_IN = { platforms: undefined, referrers: true, concurrency: DEFAULT_CONCURRENCY };
/** Parse and check a sync config; `file` is how errors name it. Throws SyncConfigError. */
function parseSyncConfig(text, file) {
    const yaml = new YamlFields(text, file);
    if (yaml.root === null)
        yaml.fail(null, 'the config is empty; expected a mapping with a "sync:" list of entries (source, target)');
    const top = yaml.map(yaml.root, 'the config', TOP_KEYS);
    const defaultsNode = top.get('defaults');
    const defaults = defaultsNode === undefined ? BUILT_IN : settings(yaml, yaml.map(defaultsNode.value, '"defaults"', DEFAULT_KEYS), BUILT_IN);
    const sync = top.get('sync');
    if (sync === undefined)
        yaml.fail(yaml.root, 'the config has no "sync:" list; expected entries with source and target');
    const entries = yaml.list(sync.value, '"sync"');
    if (entries.length === 0) {
        yaml.fail(sync.value ?? sync.key, '"sync" is an empty list; expected at least one entry with source and target');
    }
    const written = entries.flatMap((entry) => jobsOf(yaml, entry, defaults));
    checkDistinctTargets(yaml, written);
    return { jobs: written.map((w) => w.job) };
}
function jobsOf(yaml, entry, defaults) {
    const fields = yaml.map(entry, 'a sync entry', ENTRY_KEYS);
    const source = required(yaml, entry, fields, 'source');
    const target = required(yaml, entry, fields, 'target');
    const sourceText = yaml.text(source, '"source"');
    const targetText = yaml.text(target, '"target"');
    const filter = tagFilter(yaml, fields.get('tags')?.value);
    const common = {
        filter,
        ...settings(yaml, fields, defaults),
        prune: fields.has('prune') ? yaml.boolean(fields.get('prune').value, '"prune"') : false,
    };
    const repositories = fields.get('repositories');
    if (repositories === undefined) {
        const job = {
            source: repository(yaml, source, 'source', sourceText),
            target: repository(yaml, target, 'target', targetText),
            ...common,
            line: yaml.lineOf(entry),
        };
        return [{ job, node: entry }];
    }
    // With a list, source and target are prefixes: a registry, or a registry and a namespace.
    prefix(yaml, source, 'source', sourceText);
    prefix(yaml, target, 'target', targetText);
    const names = yaml.list(repositories.value, '"repositories"');
    if (names.length === 0) {
        const where = repositories.value ?? repositories.key;
        yaml.fail(where, '"repositories" is an empty list; expected repository names, e.g. [prometheus, alertmanager]');
    }
    const seen = new Set();
    return names.map((node) => {
        const name = yaml.text(node, 'a repository name');
        if (seen.has(name))
            yaml.fail(node, `repository "${name}" is listed twice in "repositories"`);
        seen.add(name);
        if (name.includes(':') || name.includes('@')) {
            yaml.fail(node, `repository "${name}" names a tag or digest; expected a repository name (choose tags with "tags:")`);
        }
        const job = {
            source: repository(yaml, node, 'source', `${sourceText.replace(/\/+$/, '')}/${name}`),
            target: repository(yaml, node, 'target', `${targetText.replace(/\/+$/, '')}/${name}`),
            ...common,
            line: yaml.lineOf(node),
        };
        return { job, node };
    });
}
function settings(yaml, fields, base) {
    const platforms = fields.get('platforms');
    const referrers = fields.get('referrers');
    const concurrency = fields.get('concurrency');
    return {
        platforms: platforms === undefined ? base.platforms : platformList(yaml, platforms.value),
        referrers: referrers === undefined ? base.referrers : yaml.boolean(referrers.value, '"referrers"'),
        concurrency: concurrency === undefined ? base.concurrency : yaml.wholeNumber(concurrency.value, '"concurrency"', 1, MAX_CONCURRENCY),
    };
}
/** `all`, `linux/amd64,linux/arm64`, or a YAML list of platforms. */
function platformList(yaml, node) {
    const items = [];
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of yaml.list(node, '"platforms"'))
            items.push({ text: yaml.text(item, 'a platform'), node: item });
    }
    else {
        const text = yaml.text(node, '"platforms" (all, or a list such as linux/amd64,linux/arm64)');
        if (text.trim() === 'all')
            return undefined;
        for (const part of text.split(','))
            items.push({ text: part.trim(), node });
    }
    const wanted = items.filter((item) => item.text !== '');
    if (wanted.length === 0)
        yaml.fail(node, '"platforms" lists no platform; expected all, or e.g. linux/amd64,linux/arm64');
    return wanted.map((item) => {
        try {
            return parsePlatform(item.text);
        }
        catch (error) {
            return yaml.fail(item.node, error.message);
        }
    });
}
function tagFilter(yaml, node) {
    if (node === undefined)
        return {};
    const fields = yaml.map(node, '"tags"', TAG_KEYS);
    const filter = {};
    for (const key of ['semver', 'include', 'exclude']) {
        const field = fields.get(key);
        if (field !== undefined)
            filter[key] = yaml.text(field.value, `"${key}"`);
    }
    const latest = fields.get('latest');
    if (latest !== undefined)
        filter.latest = yaml.wholeNumber(latest.value, '"latest"', 1);
    try {
        checkTagFilter(filter);
    }
    catch (error) {
        if (!(error instanceof TagFilterError))
            throw error;
        yaml.fail(fields.get(error.key)?.value ?? node, error.message);
    }
    return filter;
}
/** A repository without tag or digest: the tags come from the registry, through the filter. */
function repository(yaml, node, key, text) {
    let ref;
    try {
        ref = reference_parseReference(text);
    }
    catch (error) {
        return yaml.fail(node, `${key}: ${error.message}`);
    }
    // parseReference fills in `latest` when no tag was written; a tag was written when a ":" follows the last "/".
    const writtenTag = ref.tag !== undefined && text.lastIndexOf(':') > text.lastIndexOf('/');
    if (writtenTag && !text.includes('/') && /^\d+$/.test(ref.tag ?? '')) {
        yaml.fail(node, `${key} "${text}" reads as repository "${ref.repository}" with tag "${ref.tag}"; to mirror repositories of the registry ${text}, list them under "repositories:"`);
    }
    if (ref.digest !== undefined || writtenTag) {
        const named = ref.digest !== undefined ? `digest ${ref.digest}` : `tag "${ref.tag}"`;
        yaml.fail(node, `${key} "${text}" names ${named}; a sync ${key} is a repository, tags are chosen with "tags:" (expected e.g. ${ref.registry}/${ref.repository})`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** A prefix for `repositories`: checked for tag and digest, as the joined names would hide them. */
function prefix(yaml, node, key, text) {
    const lastSlash = text.lastIndexOf('/');
    const digest = text.includes('@');
    const tag = lastSlash >= 0 && text.lastIndexOf(':') > lastSlash;
    if (digest || tag) {
        yaml.fail(node, `${key} "${text}" names a ${digest ? 'digest' : 'tag'}; with "repositories:" it is a prefix such as quay.io/prometheus`);
    }
}
function required(yaml, entry, fields, key) {
    const field = fields.get(key);
    if (field === undefined)
        yaml.fail(entry, `the sync entry has no "${key}"; expected both source and target, e.g. source: docker.io/library/nginx`);
    return field.value;
}
/** Two jobs writing one repository would fight over its tags (and prune each other's): refused. */
function checkDistinctTargets(yaml, written) {
    const lines = new Map();
    for (const { job, node } of written) {
        const name = formatReference(job.target);
        if (formatReference(job.source) === name)
            yaml.fail(node, `source and target are both ${name}; a repository cannot be mirrored onto itself`);
        const first = lines.get(name);
        if (first !== undefined)
            yaml.fail(node, `target ${name} is also the target of line ${first}; each target repository takes one entry`);
        lines.set(name, job.line);
    }
}

;// CONCATENATED MODULE: ./src/sync/prune.ts
async function prune(request) {
    const { target, kept, checks } = request;
    const deleted = [];
    const keptTags = [];
    const failed = [];
    const byDigest = new Map();
    await Promise.all(request.candidates.map(async (tag) => {
        try {
            const digest = (await checks(() => target.resolve(tag)))?.digest;
            if (digest === undefined)
                return; // gone already
            const keeper = kept.get(digest);
            if (keeper !== undefined) {
                keptTags.push({ tag, reason: `it points at ${digest}, as the kept tag ${keeper} does, and deleting one deletes both` });
                return;
            }
            byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
        }
        catch (error) {
            failed.push({ tag, error: error.message });
        }
    }));
    for (const tags of byDigest.values()) {
        if (request.dryRun) {
            deleted.push(...tags);
            continue;
        }
        if (!target.deleteTag) {
            for (const tag of tags)
                failed.push({ tag, error: `${target.name} cannot delete tags` });
            continue;
        }
        try {
            // One DELETE of the digest removes every tag of it: all of these are candidates.
            await checks(() => target.deleteTag(tags[0]));
            deleted.push(...tags);
        }
        catch (error) {
            for (const tag of tags)
                failed.push({ tag, error: error.message });
        }
    }
    const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return { deleted: deleted.sort(order), kept: keptTags.sort((a, b) => order(a.tag, b.tag)), failed };
}

;// CONCATENATED MODULE: ./src/sync/pull-budget.ts
// Docker Hub's pull limit as a budget: a sync that would run out of pulls mid-way stops before it does, leaving a
// clean cut (what it did not take waits for the next run) instead of a wall of 429s and half-copied repositories.
// Docker Hub counts manifest GETs as pulls, not HEADs, so the caller counts the GETs its plan still needs.
/**
 * Pulls left untouched by default. The counter is shared with whatever else pulls from the same account or address
 * (other shards of the matrix, other workflows), and it is read from the last response, so it is already a little old.
 */
const DEFAULT_PULL_RESERVE = 10;
/**
 * Whether a run needing `neededPulls` more pulls must stop before it exhausts `remaining` (the `ratelimit-remaining`
 * header; undefined when the registry sent none, i.e. no limit known), keeping `reserve` pulls back.
 */
function budgetStop(remaining, neededPulls, reserve = DEFAULT_PULL_RESERVE) {
    checkCount(neededPulls, 'pulls needed');
    checkCount(reserve, 'pull reserve');
    if (remaining === undefined)
        return { stop: false, allowed: neededPulls, deferred: 0 };
    checkCount(remaining, 'ratelimit-remaining');
    const allowed = Math.min(neededPulls, Math.max(0, remaining - reserve));
    return { stop: allowed < neededPulls, allowed, deferred: neededPulls - allowed };
}
function checkCount(value, what) {
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`${what} is ${String(value)}; expected a whole number of at least 0`);
    }
}

;// CONCATENATED MODULE: ./src/sync/pull-allowance.ts
// Applying the pull budget to a queue of items: per source registry that reports an allowance (Docker Hub's
// `ratelimit-remaining`), take items in plan order while their pulls fit, and leave the rest for the next run.

/**
 * `remaining(registry)` is the allowance last reported (undefined: no limit known); `cost(item)` its pulls, and
 * `tags(item)` how many tags it carries, for the report.
 */
function applyAllowance(items, registryOf, remaining, cost, tags, reserve) {
    const byRegistry = new Map();
    for (const item of items)
        byRegistry.set(registryOf(item), [...(byRegistry.get(registryOf(item)) ?? []), item]);
    const deferredSet = new Set();
    const stops = [];
    for (const [registry, queue] of byRegistry) {
        const left = remaining(registry);
        const needed = queue.reduce((sum, item) => sum + cost(item), 0);
        const budget = budgetStop(left, needed, reserve);
        if (!budget.stop)
            continue;
        let spent = 0;
        let deferredTags = 0;
        for (const item of queue) {
            // Plan order is kept: once an item does not fit, it and everything after it wait, so runs make steady progress.
            if (deferredTags > 0 || spent + cost(item) > budget.allowed) {
                deferredSet.add(item);
                deferredTags += tags(item);
            }
            else {
                spent += cost(item);
            }
        }
        stops.push({ registry, remaining: left, neededPulls: needed, allowedPulls: budget.allowed, deferredTags });
    }
    return {
        taken: items.filter((item) => !deferredSet.has(item)),
        deferred: items.filter((item) => deferredSet.has(item)),
        stops,
    };
}

;// CONCATENATED MODULE: ./src/sync/shards.ts
// Splitting a sync plan over a workflow matrix. The jobs never talk to each other, so the split is a pure function
// of the plan: every job computes the same shards from the same items, in whatever order it listed them. Balance is
// by bytes to move (what takes the time), by the longest-processing-time rule: biggest item first, to the lightest
// shard. That keeps the heaviest shard within 4/3 of the best split possible, and far closer on a fleet of many tags.
/** GitHub Actions runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
/** A shard count, shard or plan item that cannot be used; the message quotes it and says what was expected. */
class ShardError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShardError';
    }
}
/** Split the items into `count` shards balanced by bytes; every item lands in exactly one. Throws ShardError. */
function planShards(items, count) {
    shards_checkCount(count, 'shard count');
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item.key))
            throw new ShardError(`plan item "${item.key}" appears twice; each item needs a key of its own`);
        seen.add(item.key);
        if (!Number.isSafeInteger(item.bytes) || item.bytes < 0) {
            throw new ShardError(`plan item "${item.key}" has ${String(item.bytes)} bytes; expected a whole number of at least 0`);
        }
    }
    const order = [...items].sort((a, b) => b.bytes - a.bytes || shards_byCodeUnit(a.key, b.key));
    const shards = Array.from({ length: count }, () => ({ items: [], bytes: 0 }));
    for (const item of order) {
        // The lightest shard, the lowest index among equals: a linear scan, as N is at most MAX_SHARDS.
        let lightest = 0;
        for (let i = 1; i < count; i++)
            if (shards[i].bytes < shards[lightest].bytes)
                lightest = i;
        const shard = shards[lightest];
        shard.items.push(item);
        shard.bytes += item.bytes;
    }
    return shards.map((shard, i) => ({ index: i + 1, items: shard.items, bytes: shard.bytes }));
}
/** The items of shard `index` (1-based) of `count`. */
function shardOf(items, index, count) {
    shards_checkCount(count, 'shard count');
    if (!Number.isSafeInteger(index) || index < 1 || index > count) {
        throw new ShardError(`shard ${String(index)} of ${count} does not exist; expected a shard from 1 to ${count}`);
    }
    return planShards(items, count)[index - 1].items;
}
/** Read `I/N` (`2/4`): shard I of N, 1 ≤ I ≤ N. Throws ShardError quoting the text. */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (match === null)
        throw new ShardError(`shard "${text}" is not I/N; expected e.g. 2/4 for the second of four shards`);
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS) {
        throw new ShardError(`shard "${text}" names ${count} shards; expected from 1 to ${MAX_SHARDS}, as a workflow matrix runs`);
    }
    if (index < 1 || index > count) {
        throw new ShardError(`shard "${text}" is outside 1..${count}; expected I/N with I from 1 to ${count}, e.g. 1/${count}`);
    }
    return { index, count };
}
function formatShard(spec) {
    return `${spec.index}/${spec.count}`;
}
/** The matrix for `count` shards; `JSON.stringify` it for a `matrix` output that `fromJSON` reads. */
function matrixFor(count) {
    shards_checkCount(count, 'shard count');
    return { include: Array.from({ length: count }, (_, i) => ({ shard: formatShard({ index: i + 1, count }) })) };
}
function shards_checkCount(count, what) {
    if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new ShardError(`${what} ${String(count)} is not valid; expected a whole number from 1 to ${MAX_SHARDS}`);
    }
}
function shards_byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sync/shard-assignment.ts
// Which shard copies an item, decided by the item alone. The jobs of a matrix survey at different moments: by the
// time a late shard lists the targets, an early one has copied its share, and those items are no longer in the late
// shard's plan. A split over the plan as a whole (planShards' longest-processing-time rule) would then move items
// between shards, copying some twice and skipping others. A hash of the item's key (target repository and source
// digest) gives every job the same answer whatever else it sees; shards balance by count, and so by bytes over
// the many similar items of a fleet, not exactly as the LPT rule would.


/** The shard (1-based) of `count` that copies the item with this key. */
function shardOfKey(key, count) {
    if (!Number.isSafeInteger(count) || count < 1)
        throw new ShardError(`shard count ${String(count)} is not valid`);
    return ((0,external_node_crypto_.createHash)('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}
/** Every item in exactly one shard, by `keyOf` (default its key); items keep their order within a shard. */
function splitByKey(items, count, keyOf = (i) => i.key) {
    const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, items: [], bytes: 0 }));
    for (const item of items) {
        const shard = shards[shardOfKey(keyOf(item), count) - 1];
        shard.items.push(item);
        shard.bytes += item.bytes;
    }
    return shards;
}


;// CONCATENATED MODULE: ./src/sync/survey.ts

async function surveyJob(job, source, target, checks) {
    const base = { job, source, target };
    let sourceTags;
    let targetTags;
    try {
        [sourceTags, targetTags] = await Promise.all([source.listTags(), target.listTags()]);
    }
    catch (error) {
        return { ...base, listed: 0, selected: [], unselectedTargetTags: [], error: error.message };
    }
    const chosen = selectTags(sourceTags, job.filter);
    const onTarget = new Set(targetTags);
    const wanted = new Set(chosen);
    try {
        const selected = await Promise.all(chosen.map(async (tag) => {
            const [sourceDigest, targetDigest] = await Promise.all([
                checks(() => source.resolve(tag)).then((r) => r?.digest),
                onTarget.has(tag) ? checks(() => target.resolve(tag)).then((r) => r?.digest) : undefined,
            ]);
            return { tag, sourceDigest, targetDigest };
        }));
        return { ...base, listed: sourceTags.length, selected, unselectedTargetTags: targetTags.filter((t) => !wanted.has(t)) };
    }
    catch (error) {
        return { ...base, listed: sourceTags.length, selected: [], unselectedTargetTags: [], error: error.message };
    }
}

;// CONCATENATED MODULE: ./src/sync/sync-items.ts
// What a sync copies, as items: the selected tags of one job that point at one source digest and need copying. The
// tags of an item go up in ONE copy (blobs and child manifests once, then a manifest PUT per tag), and an item is
// what the matrix splits, so tags of one digest never land in two shards. Sizing reads the manifests (the only GETs
// of the plan, and only of what changes) for the bytes to move and the manifests the copy will read.

/** Tags whose target holds the source digest are unchanged (decided from HEADs alone); the rest become items. */
function itemsOf(surveys) {
    const items = [];
    const unchanged = new Map();
    surveys.forEach((survey, job) => {
        const same = new Set();
        unchanged.set(job, same);
        const byDigest = new Map();
        // A platform selection pushes an index of its own: only its digest (known once sized) says "unchanged".
        const selecting = survey.job.platforms !== undefined;
        for (const { tag, sourceDigest, targetDigest } of survey.selected) {
            if (sourceDigest === undefined)
                continue;
            if (!selecting && sourceDigest === targetDigest) {
                same.add(tag);
                continue;
            }
            let item = byDigest.get(sourceDigest);
            if (!item) {
                item = {
                    key: `${survey.target.name}@${sourceDigest}`,
                    shardKey: `${survey.job.target.repository}@${sourceDigest}`,
                    job,
                    sourceDigest,
                    tags: [],
                    bytes: 0,
                    pulls: 1,
                    pushedDigest: selecting ? undefined : sourceDigest,
                    blobs: [],
                };
                byDigest.set(sourceDigest, item);
                items.push(item);
            }
            item.tags.push(tag);
        }
    });
    return { items, unchanged };
}
/**
 * Read each item's manifests for its size (blobs deduplicated within the image) and the manifests its copy reads.
 * With a platform selection, tags already at the built index's digest move to `unchanged`; items left without
 * tags are dropped. Returns the items still to copy.
 */
async function sizeItems(items, surveys, unchanged, checks) {
    await Promise.all(items.map((item) => checks(async () => {
        const survey = surveys[item.job];
        try {
            const root = await survey.source.getManifest(item.sourceDigest);
            const plan = await buildPlan(survey.source, root, survey.job.platforms);
            item.bytes = plan.blobs.reduce((sum, b) => sum + b.size, 0);
            // Manifests hoist builds (a selection's index) are not read from the source.
            item.pulls = plan.manifests.filter((m) => !(plan.rewritten && m === plan.root)).length;
            item.pushedDigest = plan.root.digest;
            item.blobs = plan.blobs.map((b) => b.digest);
        }
        catch (error) {
            item.error = error.message;
        }
    })));
    return items.filter((item) => {
        if (item.error !== undefined || survey(surveys, item).job.platforms === undefined)
            return true;
        const atTarget = new Map(survey(surveys, item).selected.map((s) => [s.tag, s.targetDigest]));
        const same = item.tags.filter((tag) => atTarget.get(tag) === item.pushedDigest);
        for (const tag of same)
            unchanged.get(item.job).add(tag);
        item.tags = item.tags.filter((tag) => !same.includes(tag));
        return item.tags.length > 0;
    });
}
function survey(surveys, item) {
    return surveys[item.job];
}

;// CONCATENATED MODULE: ./src/sync/run.ts
// `hoist sync`: mirror the config's repositories. In order: survey every job (tag lists, then a HEAD per selected
// tag on each side), turn what differs into items (one per job and source digest), size them (the only manifest
// GETs) for this shard's share (by a hash of each item's key: see shard-assignment.ts) as far as the pull allowance
// goes, copy each item through the copy engine, then prune. One copy per item: its tags share blobs and child manifests; items share blob placements through one map,
// so a blob crosses the wire once per target registry however many repositories and digests need it.













/** HEADs and mounts in flight at once (the transport's pool per host). */
const CHECKS_AT_ONCE = 16;
/** Copies (items) in flight at once; each has its job's concurrency for blob transfers. */
const COPIES_AT_ONCE = 4;
/** `--plan N`: what needs copying and how N shards split it. Writes nothing. */
async function planSync(options, count) {
    return withRegistries(options, async (registries) => {
        const checks = createLimiter(CHECKS_AT_ONCE);
        const { surveys, items, unchanged } = await surveyAndSize(options, registries, checks, () => true);
        const shards = splitByKey(items, count, (i) => i.shardKey);
        return {
            matrix: matrixFor(count),
            shards: shards.map((s) => ({
                shard: formatShard({ index: s.index, count }),
                items: s.items.length,
                tags: s.items.reduce((n, i) => n + i.tags.length, 0),
                bytes: s.bytes,
            })),
            items: items.map((i) => ({ key: i.key, tags: i.tags, bytes: i.bytes })),
            unchanged: [...unchanged.values()].reduce((n, set) => n + set.size, 0),
            failures: [
                ...surveys.flatMap((s) => (s.error === undefined ? [] : [`${s.target.name}: ${s.error}`])),
                ...items.flatMap((i) => (i.error === undefined ? [] : [`${i.key}: ${i.error}`])),
            ],
        };
    });
}
async function runSync(options) {
    return withRegistries(options, async (registries, hints) => {
        const { logger } = options;
        const dryRun = options.dryRun === true;
        const reserve = options.pullReserve ?? DEFAULT_PULL_RESERVE;
        const checks = createLimiter(CHECKS_AT_ONCE);
        const remaining = (registry) => registries.rateLimits().find((r) => r.registry === registry)?.remaining;
        const { shard } = options;
        const isMine = (item) => shard === undefined || shardOfKey(item.shardKey, shard.count) === shard.index;
        const { surveys, items, unchanged, preDeferred, stops } = await surveyAndSize(options, registries, checks, isMine, reserve);
        const registryOf = (item) => options.config.jobs[item.job].source.registry;
        const mine = new Set([...items, ...preDeferred].filter(isMine));
        const allowance = applyAllowance(items.filter((i) => mine.has(i) && i.error === undefined), registryOf, remaining, (i) => i.pulls, (i) => i.tags.length, reserve);
        stops.push(...allowance.stops);
        const deferred = new Set([...preDeferred, ...allowance.deferred]);
        const outcomes = new Map();
        const copyWarnings = new Set();
        if (!dryRun) {
            const placed = new Map();
            const copies = createLimiter(COPIES_AT_ONCE);
            await Promise.all(allowance.taken.map((item) => copies(async () => {
                const survey = surveys[item.job];
                let copied;
                try {
                    copied = await copyItem(item, survey, registries, options, placed, hints);
                }
                catch (error) {
                    // The engine reports failures in its result; anything thrown is a bug, kept to this item's tags.
                    item.error = error.message;
                    return;
                }
                const { targets, warnings } = copied;
                for (const w of warnings)
                    copyWarnings.add(w);
                outcomes.set(item, targets);
                if (targets.some((t) => t.status === 'copied')) {
                    for (const digest of item.blobs)
                        options.blobLocations?.record(survey.target.location, digest, targetRepository(survey));
                }
            })));
        }
        const pruneHere = options.shard === undefined || options.shard.index === 1;
        const repositories = await Promise.all(surveys.map(async (survey, job) => {
            const jobItems = [...items, ...preDeferred].filter((i) => i.job === job);
            const tags = tagResults(survey, jobItems, unchanged.get(job), { mine, deferred, outcomes, dryRun });
            const pruned = survey.job.prune && pruneHere && survey.error === undefined
                ? await prune({
                    target: survey.target,
                    candidates: survey.unselectedTargetTags,
                    kept: keptDigests(survey, jobItems),
                    dryRun,
                    checks,
                })
                : undefined;
            return repositoryResult(survey, tags, pruned);
        }));
        const rateLimited = stops[0];
        const warnings = stops.map((s) => `${s.registry} reports ${s.remaining} pulls left; this run needed ${s.neededPulls} and kept ${reserve} in reserve, so it stopped after ${s.allowedPulls}: ${s.deferredTags} tags wait for the next run`);
        for (const w of warnings)
            logger.warning(w);
        return summarise(repositories, dryRun, options.shard, rateLimited, [...warnings, ...copyWarnings]);
    });
}
async function withRegistries(options, body) {
    const onRetry = (event) => {
        options.logger.info(describeRetry(event));
        options.onRetry?.(event);
    };
    const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
    const { jobs } = options.config;
    const names = jobs.flatMap((j) => [j.source.registry, j.target.registry]);
    const registries = await openRegistries(names, { ...options, policy });
    try {
        // Every scope is declared before the first request: sources pull, targets push, remembered siblings pull.
        for (const job of jobs) {
            registries.repository(job.source, 'pull');
            registries.repository(job.target, options.dryRun ? 'pull' : 'push');
        }
        const locations = options.blobLocations;
        const hintStores = new Map();
        if (locations && !options.dryRun) {
            for (const registry of new Set(jobs.map((j) => j.target.registry))) {
                for (const repository of locations.repositories(registry)) {
                    hintStores.set(`${registry} ${repository}`, registries.repository({ registry, repository }, 'pull'));
                }
            }
        }
        const hints = locations
            ? (digest, target) => {
                const repository = locations.find(target.location, digest);
                return repository === undefined ? undefined : hintStores.get(`${target.location} ${repository}`);
            }
            : undefined;
        return await body(registries, hints);
    }
    finally {
        await registries.close();
    }
}
/** `sized` says which items to read manifests for (this shard's); the others stay unsized, as another job copies them. */
async function surveyAndSize(options, registries, checks, sized, reserve) {
    const { jobs } = options.config;
    const surveys = await Promise.all(jobs.map((job) => surveyJob(job, registries.repository(job.source, 'pull'), registries.repository(job.target, 'pull'), checks)));
    for (const s of surveys) {
        const note = s.error === undefined ? `${s.selected.length} of ${s.listed} tags selected` : `not synced: ${s.error}`;
        options.logger.info(`${s.source.name} -> ${s.target.name}: ${note}.`);
    }
    const { items: found, unchanged } = itemsOf(surveys);
    const others = found.filter((i) => !sized(i));
    let toSize = found.filter(sized);
    let preDeferred = [];
    const stops = [];
    // Sizing reads each item's manifests and copying reads them again: at least two pulls an item.
    if (reserve !== undefined) {
        const pre = applyAllowance(toSize, (i) => jobs[i.job].source.registry, (registry) => registries.rateLimits().find((r) => r.registry === registry)?.remaining, () => 2, (i) => i.tags.length, reserve);
        toSize = pre.taken;
        preDeferred = pre.deferred;
        stops.push(...pre.stops);
    }
    const items = [...(await sizeItems(toSize, surveys, unchanged, checks)), ...others];
    return { surveys, items, unchanged, preDeferred, stops };
}
async function copyItem(item, survey, registries, options, placed, mountHints) {
    const { job, source, target } = survey;
    const result = await copyImage({
        source: { store: source, digest: item.sourceDigest, text: `${source.name}@${item.sourceDigest}` },
        targets: item.tags.map((tag) => ({ store: target, tag, text: `${target.name}:${tag}` })),
        platforms: job.platforms,
        concurrency: job.concurrency,
        logger: options.logger,
        retry: registries.policy,
        referrers: job.referrers,
        placed,
        mountHints,
    });
    return result;
}
function targetRepository(survey) {
    return survey.job.target.repository;
}
/** Every selected tag of a job, in selection order, with what happened to it. */
function tagResults(survey, items, same, context) {
    const byTag = new Map();
    for (const item of items) {
        const outcome = context.outcomes.get(item);
        item.tags.forEach((tag, i) => {
            // The tags of one item share their blobs: the bytes are the item's, counted on its first tag.
            const bytes = i === 0 ? item.bytes : 0;
            const digest = item.pushedDigest;
            if (item.error !== undefined)
                byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: item.error });
            else if (context.deferred.has(item))
                byTag.set(tag, { tag, status: 'deferred', digest, bytes });
            else if (!context.mine.has(item))
                byTag.set(tag, { tag, status: 'elsewhere', digest, bytes });
            else if (context.dryRun || !outcome)
                byTag.set(tag, { tag, status: 'planned', digest, bytes });
            else {
                const t = outcome[i];
                const uploaded = i === 0 ? Math.max(...outcome.map((o) => o.bytesUploaded)) : 0;
                const saved = i === 0 ? Math.max(...outcome.map((o) => o.bytesSaved)) : 0;
                if (t.status === 'copied' || t.status === 'unchanged') {
                    byTag.set(tag, { tag, status: t.status, digest: t.digest, bytes: uploaded, bytesSaved: saved });
                }
                else
                    byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: t.error ?? t.reason ?? `${t.status}` });
            }
        });
    }
    return survey.selected.map((s) => byTag.get(s.tag) ??
        (same.has(s.tag)
            ? { tag: s.tag, status: 'unchanged', digest: s.targetDigest, bytes: 0 }
            : {
                tag: s.tag,
                status: 'failed',
                digest: undefined,
                bytes: 0,
                error: 'the tag went away while the source was being read',
            }));
}
/** Digest → a tag that holds or will hold it after this run: prune never deletes these. */
function keptDigests(survey, items) {
    const kept = new Map();
    for (const s of survey.selected)
        if (s.targetDigest !== undefined)
            kept.set(s.targetDigest, s.tag);
    for (const item of items)
        if (item.pushedDigest !== undefined)
            kept.set(item.pushedDigest, item.tags[0] ?? item.key);
    return kept;
}
function repositoryResult(survey, tags, pruned) {
    const count = (...statuses) => tags.filter((t) => statuses.includes(t.status)).length;
    return {
        source: survey.source.name,
        target: survey.target.name,
        line: survey.job.line,
        listed: survey.listed,
        excluded: survey.listed - survey.selected.length,
        copied: count('copied', 'planned'),
        unchanged: count('unchanged'),
        skipped: count('deferred', 'elsewhere'),
        failed: count('failed') + (survey.error === undefined ? 0 : 1),
        bytes: tags.filter((t) => t.status === 'copied' || t.status === 'planned').reduce((n, t) => n + t.bytes, 0),
        bytesSaved: tags.reduce((n, t) => n + (t.bytesSaved ?? 0), 0),
        tags,
        prune: pruned,
        ...(survey.error !== undefined && { error: survey.error }),
    };
}
function summarise(repositories, dryRun, shard, rateLimited, warnings) {
    const sum = (pick) => repositories.reduce((n, r) => n + pick(r), 0);
    const failures = repositories.flatMap((r) => [
        ...(r.error === undefined ? [] : [`${r.target}: ${r.error}`]),
        ...r.tags.filter((t) => t.status === 'failed').map((t) => `${r.target}:${t.tag}: ${t.error ?? 'failed'}`),
        ...(r.prune?.failed ?? []).map((f) => `${r.target}:${f.tag}: prune: ${f.error}`),
    ]);
    return {
        dryRun,
        shard: shard ? formatShard(shard) : undefined,
        repositories,
        totals: {
            copied: sum((r) => r.copied),
            unchanged: sum((r) => r.unchanged),
            skipped: sum((r) => r.skipped),
            failed: sum((r) => r.failed),
            deferred: sum((r) => r.tags.filter((t) => t.status === 'deferred').length),
            bytes: sum((r) => r.bytes),
            bytesSaved: sum((r) => r.bytesSaved),
        },
        rateLimited,
        warnings: [...new Set(warnings)],
        failures,
    };
}


;// CONCATENATED MODULE: ./src/sync/sync-result.ts
// What a sync did, as plain data the edges render: one row per target repository (the action's summary table, the
// CLI's table, `--json`), the failures listed, and what a rate-limit stop left for the next run.
/** The failed ones: a sync that had any exits 1. */
function syncFailed(result) {
    return result.totals.failed > 0 || result.repositories.some((r) => r.error !== undefined || (r.prune?.failed.length ?? 0) > 0);
}

;// CONCATENATED MODULE: ./src/cli/sync-command.ts
// hoist sync CONFIG: mirror the repositories a sync config names. --plan N prints the matrix for a workflow's
// strategy (and, on stderr, how N shards split the work); --shard I/N syncs one shard. Exit 0 done, 1 a tag failed
// (or, with --strict, the pull allowance stopped the run), 2 bad usage or a bad config (with file:line:column).










async function syncCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new UsageError('sync needs exactly one CONFIG file');
    const file = args[0];
    const config = readConfig(file);
    if (values.plan !== undefined && values.shard !== undefined)
        throw new UsageError('--plan and --shard go in different jobs; give one');
    const shard = values.shard === undefined ? undefined : shardOption(values.shard);
    const count = values.plan === undefined ? undefined : planOption(values.plan);
    const firstRegistry = config.jobs[0].target.registry;
    const options = {
        config,
        credentials: { explicit: await explicitCredentials(values, firstRegistry, io) },
        insecureRegistries: insecureOption(values),
        logger,
        secret: () => { },
        dryRun: values['dry-run'] === true,
        shard,
    };
    if (count !== undefined) {
        const plan = await planSync(options, count);
        for (const s of plan.shards)
            logger.info(`shard ${s.shard}: ${s.tags} tags (${s.items} images), ${formatBytes(s.bytes)}`);
        logger.info(`${plan.unchanged} tags unchanged.`);
        for (const f of plan.failures)
            logger.error(f);
        io.stdout.write(`${JSON.stringify(values.json ? plan : plan.matrix)}\n`);
        return plan.failures.length > 0 ? 1 : 0;
    }
    const cacheFile = values['blob-locations'];
    let locations;
    if (cacheFile !== undefined) {
        const read = (0,external_node_fs_namespaceObject.existsSync)(cacheFile) ? BlobLocations.parse((0,external_node_fs_namespaceObject.readFileSync)(cacheFile, 'utf8')) : { locations: new BlobLocations() };
        if (read.problem)
            logger.warning(`${cacheFile}: ${read.problem}`);
        locations = read.locations;
    }
    const result = await runSync({ ...options, ...(locations && { blobLocations: locations }) });
    if (cacheFile !== undefined && locations && !options.dryRun)
        (0,external_node_fs_namespaceObject.writeFileSync)(cacheFile, locations.toJSON());
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : syncReport(result));
    if (syncFailed(result))
        return 1;
    return values.strict && result.rateLimited ? 1 : 0;
}
function readConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read the sync config ${file}: ${error.code ?? error.message}`);
    }
    try {
        return parseSyncConfig(text, file);
    }
    catch (error) {
        if (error instanceof SyncConfigError)
            throw new UsageError(error.message);
        throw error;
    }
}
function shardOption(text) {
    try {
        return parseShard(text);
    }
    catch (error) {
        if (error instanceof ShardError)
            throw new UsageError(`--shard: ${error.message}`);
        throw error;
    }
}
function planOption(text) {
    // parseShard checks N the same way for both options: `1/N` is always a valid shard when N is a valid count.
    if (!/^\d+$/.test(text.trim()))
        throw new UsageError(`--plan "${text}" is not a number of shards; expected e.g. --plan 4`);
    return shardOption(`1/${text.trim()}`).count;
}
/** One row per target repository; failures and what the pull allowance deferred below it. */
function syncReport(result) {
    const rows = result.repositories.map((r) => [
        r.target,
        String(r.copied),
        String(r.unchanged),
        String(r.skipped),
        String(r.failed),
        formatBytes(r.bytes),
        r.prune ? `${r.prune.deleted.length}${r.prune.kept.length > 0 ? ` (${r.prune.kept.length} kept)` : ''}` : '-',
    ]);
    const copiedHeader = result.dryRun ? 'TO COPY' : 'COPIED';
    const pruneHeader = result.dryRun ? 'TO PRUNE' : 'PRUNED';
    const lines = textTable(['REPOSITORY', copiedHeader, 'UNCHANGED', 'SKIPPED', 'FAILED', 'BYTES', pruneHeader], rows);
    const t = result.totals;
    lines.push('', `${result.dryRun ? 'Dry run: ' : ''}${t.copied} ${result.dryRun ? 'to copy' : 'copied'}, ${t.unchanged} unchanged, ${t.skipped} skipped, ${t.failed} failed; ${formatBytes(t.bytes)} ${result.dryRun ? 'to move' : 'moved'}, ${formatBytes(t.bytesSaved)} saved by mounts${result.shard ? ` (shard ${result.shard})` : ''}.`);
    if (result.dryRun) {
        for (const r of result.repositories) {
            for (const tag of r.tags.filter((x) => x.status === 'planned'))
                lines.push(`would copy ${r.target}:${tag.tag}`);
            for (const tag of r.prune?.deleted ?? [])
                lines.push(`would delete ${r.target}:${tag}`);
        }
    }
    for (const r of result.repositories)
        for (const k of r.prune?.kept ?? [])
            lines.push(`kept ${r.target}:${k.tag}: ${k.reason}`);
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    for (const f of result.failures)
        lines.push(`failed: ${f}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/tags-command.ts



async function tagsCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new UsageError('tags needs exactly one repository reference');
    const ref = imageArgument(args[0]);
    const filter = filterOption(values.filter);
    const tags = await withStore(ref, values, io, logger, (store) => store.listTags());
    const shown = filter ? tags.filter((t) => filter.test(t)) : tags;
    io.stdout.write(values.json ? `${JSON.stringify(shown)}\n` : shown.map((t) => `${t}\n`).join(''));
    return 0;
}
function filterOption(text) {
    if (text === undefined)
        return undefined;
    try {
        return new RegExp(text);
    }
    catch {
        throw new UsageError(`--filter "${text}" is not a valid regular expression`);
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// hoist's command line (copy | merge | inspect | tags | sync) over the action's engine: parse, dispatch, and turn the outcome
// into an exit code: 0 done, 1 failed, 2 bad usage.









const COMMANDS = {
    copy: copyCommand,
    merge: mergeCommand,
    inspect: inspectCommand,
    tags: tagsCommand,
    sync: syncCommand,
};
async function main(argv, io = processIo) {
    tuneV8();
    let parsed;
    try {
        parsed = parseCommandLine(argv);
    }
    catch (error) {
        io.stderr.write(`hoist: ${error.message}\n\nRun "hoist --help" for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (!isCommandName(command)) {
        if (values.help || command === 'help') {
            io.stdout.write(`${MAIN_HELP}\n`);
            return 0;
        }
        io.stderr.write(`hoist: ${command === undefined ? 'a command is required' : `unknown command "${command}"`}\n\n${MAIN_HELP}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout.write(`${COMMAND_HELP[command]}\n`);
        return 0;
    }
    const logger = consoleLogger(io, values.debug === true);
    try {
        checkOptions(command, values);
        return await COMMANDS[command](rest, values, io, logger);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`hoist: ${error.message}\n\nRun "hoist ${command} --help" for usage.\n`);
            return 2;
        }
        io.stderr.write(`hoist: ${error.message}\n`);
        return 1;
    }
}
// Run when executed directly (`node src/cli/index.ts`, `node dist/cli/index.js`); bin/hoist.js and tests call main().
if (process.argv[1] !== undefined && import.meta.url === (0,external_node_url_.pathToFileURL)((0,external_node_fs_namespaceObject.realpathSync)(process.argv[1])).href) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`hoist: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
